package cn.qijin.common;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.kernel.ForbiddenException;
import cn.qijin.kernel.ServiceUnavailableException;
import java.io.IOException;
import org.camunda.bpm.engine.AuthorizationException;
import org.junit.jupiter.api.Test;

/** The answers common gives without knowing the module that threw: 503 and 403 as problem details. */
class ApiExceptionHandlerTest {

  private final ApiExceptionHandler handler = new ApiExceptionHandler("10MB");

  @Test
  void a_service_out_of_order_is_503_with_its_chinese_message() {
    var response = handler.unavailable(new ServiceUnavailableException("文件保存失败，请稍后重试（disk full）",
        new IOException("disk full")));
    assertThat(response.getStatusCode().value()).isEqualTo(503);
    assertThat(response.getHeaders().getContentType()).isEqualTo(ApiError.MEDIA_TYPE);
    assertThat(response.getBody()).isEqualTo(ApiError.of(503, "文件保存失败，请稍后重试（disk full）"));
  }

  @Test
  void a_refusal_is_403_in_the_security_layers_body() {
    var rule = handler.forbidden(new ForbiddenException("只有办公室可以进行此操作"));
    assertThat(rule.getStatusCode().value()).isEqualTo(403);
    assertThat(rule.getHeaders().getContentType()).isEqualTo(ApiError.MEDIA_TYPE);
    assertThat(rule.getBody()).isEqualTo(ApiError.of(403, "只有办公室可以进行此操作"));

    var engine = handler.engineForbidden(new AuthorizationException("no READ on task"));
    assertThat(engine.getStatusCode().value()).isEqualTo(403);
    assertThat(engine.getBody()).isEqualTo(ApiError.of(403, "您没有进行此操作的权限"));
  }
}
