package cn.qijin.common;

import cn.qijin.kernel.InvalidInputException;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.camunda.bpm.engine.ProcessEngineException;
import org.camunda.bpm.engine.impl.interceptor.Command;
import org.camunda.bpm.engine.impl.interceptor.CommandInterceptor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

class UserRefusalUnwrappingTest {

  private final MockHttpServletRequest request = new MockHttpServletRequest();

  @AfterEach
  void forgetRequest() {
    RequestContextHolder.resetRequestAttributes();
  }

  @Test
  void a_refusal_wrapped_by_the_engine_is_thrown_as_it_was_and_recorded_on_the_request() {
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    var refusal = new InvalidInputException("请填写问题标题");
    var interceptor = interceptorThrowing(new ProcessEngineException("ENGINE-03051 Exception while invoking TaskListener: x",
        new RuntimeException("listener", refusal)));

    assertThatThrownBy(() -> interceptor.execute(context -> null)).isSameAs(refusal);
    assertThat(UserRefusalUnwrapping.recordedFor(request)).isSameAs(refusal);
  }

  @Test
  void any_other_failure_passes_unchanged_and_nothing_is_recorded() {
    RequestContextHolder.setRequestAttributes(new ServletRequestAttributes(request));
    var failure = new ProcessEngineException("database gone");
    var interceptor = interceptorThrowing(failure);

    assertThatThrownBy(() -> interceptor.execute(context -> null)).isSameAs(failure);
    assertThat(UserRefusalUnwrapping.recordedFor(request)).isNull();
  }

  @Test
  void outside_a_web_request_the_refusal_is_still_unwrapped() {
    var refusal = new InvalidInputException("日期须在活动阶段之内");
    var interceptor = interceptorThrowing(new ProcessEngineException("wrapped", refusal));

    assertThatThrownBy(() -> interceptor.execute(context -> null)).isSameAs(refusal);
  }

  private static CommandInterceptor interceptorThrowing(RuntimeException thrown) {
    var interceptor = new UserRefusalUnwrapping.Interceptor();
    interceptor.setNext(new CommandInterceptor() {
      @Override
      public <T> T execute(Command<T> command) {
        throw thrown;
      }
    });
    return interceptor;
  }
}
