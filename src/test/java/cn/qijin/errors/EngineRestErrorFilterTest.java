package cn.qijin.errors;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.nio.charset.StandardCharsets;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.HistoryService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.history.HistoricTaskInstance;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockHttpServletRequest;

/** The engine error translation's rules one by one, without a server (the HTTP tests run them end to end). */
class EngineRestErrorFilterTest {

  private final TaskService tasks = mock(TaskService.class, RETURNS_DEEP_STUBS);
  private final HistoryService history = mock(HistoryService.class, RETURNS_DEEP_STUBS);
  private final EngineRestErrorFilter filter = new EngineRestErrorFilter(tasks, history, 1024);

  @Test
  void optimistic_locking_and_deadlocks_are_conflicts() {
    open("7");
    assertThat(translate("/task/7/submit-form", 500, "RestException", "Cannot submit task form 7: ENGINE-03005 ...", 1))
        .hasValueSatisfying(a -> {
          assertThat(a.status()).isEqualTo(409);
          assertThat(a.code()).isEqualTo(1);
          assertThat(a.message()).isEqualTo("该任务已被他人处理，请刷新后重试");
        });
    assertThat(translate("/process-instance/1/variables", 500, "OptimisticLockingException", "ENGINE-03005", 1))
        .hasValueSatisfying(a -> assertThat(a.message()).isEqualTo("数据已被他人同时修改，请刷新后重试"));
    assertThat(translate("/message", 500, "ProcessEngineException", "deadlock", 10_000))
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(409));
  }

  @Test
  void a_task_that_ended_meanwhile_is_a_conflict_one_that_never_was_is_not_found() {
    gone("8", "completed");
    assertThat(translate("/task/8/complete", 500, "RestException", "Cannot complete task 8: NullPointerException", 0))
        .hasValueSatisfying(a -> {
          assertThat(a.status()).isEqualTo(409);
          assertThat(a.message()).isEqualTo("该任务已被他人完成，请刷新任务列表");
        });
    assertThat(translate("/task/8/submit-form", 403, "AuthorizationException", "no TASK_WORK", 0))
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(409));
    gone("9", "deleted");
    assertThat(translate("/task/9/complete", 500, "RestException", "x", 0))
        .hasValueSatisfying(a -> assertThat(a.message()).isEqualTo("该任务已结束，请刷新任务列表"));

    when(tasks.createTaskQuery().taskId("10").count()).thenReturn(0L);
    when(history.createHistoricTaskInstanceQuery().taskId("10").singleResult()).thenReturn(null);
    assertThat(translate("/task/10/submit-form", 500, "RestException", "Cannot find task with id 10: task is null", 0))
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(404));
  }

  @Test
  void an_open_task_refused_for_want_of_permission_or_a_real_failure_stays_as_the_engine_answered() {
    open("11");
    assertThat(translate("/task/11/complete", 403, "AuthorizationException", "no TASK_WORK", 0)).isEmpty();
    assertThat(translate("/task/11/complete", 500, "RestException", "Cannot complete task 11: connection refused", 0))
        .isEmpty();
    assertThat(translate("/task/create", 500, "ProcessEngineException", "connection refused", 0)).isEmpty();
  }

  @Test
  void the_database_being_unreachable_is_503_without_asking_the_database_again() {
    assertThat(translate("/task", 500, "CannotCreateTransactionException", "Could not open JDBC Connection for transaction", 0))
        .hasValueSatisfying(a -> {
          assertThat(a.status()).isEqualTo(503);
          assertThat(a.type()).isEqualTo("ServiceUnavailableException");
          assertThat(a.message()).isEqualTo("数据库暂时无法访问，请稍后重试");
        });
    // a task path: no task lookup (it would wait for the pool once more)
    assertThat(translate("/task/12/complete", 500, "ProcessEngineException",
        "ENGINE-03083 ... An I/O error occurred while sending to the backend.", 0))
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(503));
    org.mockito.Mockito.verifyNoInteractions(tasks, history);
    assertThat(translate("/process-instance", 500, "PersistenceException",
        "HikariPool-1 - Connection is not available, request timed out after 3001ms.", 0))
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(503));
    assertThat(translate("/process-instance", 500, "ProcessEngineException",
        "Connection to 127.0.0.1:5432 refused. Check that the hostname and port are correct", 0))
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(503));
    // the transaction's rollback on the broken connection replaced the query's own exception
    assertThat(translate("/task", 500, "JpaSystemException", "Unable to rollback against JDBC Connection", 0))
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(503));
  }

  @Test
  void java_serialization_values_too_long_and_empty_lookups_are_the_clients_mistakes() {
    assertThat(translate("/process-instance/1/variables", 500, "ProcessEngineException",
        "ENGINE-17007 Cannot set variable with name x. Java serialization format is prohibited", 0))
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(400));
    assertThat(translate("/task/create", 500, "ProcessEngineException", "Value too long for column", 10_002))
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(400));
    assertThat(translate("/execution/1/localVariables", 500, "NullValueException", "execution 1 doesn't exist: execution is null", 0))
        .hasValueSatisfying(a -> assertThat(a.status()).isEqualTo(404));
  }

  @Test
  void paths_with_overlong_segments_or_control_characters_are_refused() {
    assertThat(EngineRestErrorFilter.pathRefusal("/task/" + "1".repeat(64) + "/complete")).isNull();
    assertThat(EngineRestErrorFilter.pathRefusal("/task/" + "1".repeat(65) + "/complete")).contains("过长")
        .doesNotContain("11111");
    assertThat(EngineRestErrorFilter.pathRefusal("/process-definition/key/" + "k".repeat(255) + "/start")).isNull();
    assertThat(EngineRestErrorFilter.pathRefusal("/task/1/variables/" + "v".repeat(255))).isNull();
    assertThat(EngineRestErrorFilter.pathRefusal("/task/1/variables/" + "v".repeat(256))).isNotNull();
    assertThat(EngineRestErrorFilter.pathRefusal("/task/a\u202eb")).contains("控制字符");
    assertThat(EngineRestErrorFilter.pathRefusal("/task/a\nb")).contains("控制字符");
  }

  @Test
  void the_engine_path_is_the_same_on_every_way_in() {
    assertThat(EngineRestErrorFilter.enginePath(request("/engine-rest", "/task/1/complete"))).isEqualTo("/task/1/complete");
    assertThat(EngineRestErrorFilter.enginePath(request("/engine-rest", "/engine/default/task/1/complete")))
        .isEqualTo("/task/1/complete");
    assertThat(EngineRestErrorFilter.enginePath(request("/camunda/api/engine", "/engine/default/task/1/submit-form")))
        .isEqualTo("/task/1/submit-form");
    assertThat(EngineRestErrorFilter.enginePath(request("/camunda/api/engine", "/engine/"))).isEqualTo("/engine/");
  }

  private Optional<EngineRestErrorFilter.Answer> translate(String path, int status, String type, String message, int code) {
    String body = "{\"type\":\"" + type + "\",\"message\":\"" + message + "\",\"code\":" + code + "}";
    return filter.translate(path, status, body.getBytes(StandardCharsets.UTF_8));
  }

  private void open(String taskId) {
    when(tasks.createTaskQuery().taskId(taskId).count()).thenReturn(1L);
  }

  private void gone(String taskId, String reason) {
    when(tasks.createTaskQuery().taskId(taskId).count()).thenReturn(0L);
    HistoricTaskInstance ended = mock(HistoricTaskInstance.class);
    when(ended.getEndTime()).thenReturn(new Date());
    when(ended.getDeleteReason()).thenReturn(reason);
    when(history.createHistoricTaskInstanceQuery().taskId(taskId).singleResult()).thenReturn(ended);
  }

  private static MockHttpServletRequest request(String servletPath, String pathInfo) {
    MockHttpServletRequest request = new MockHttpServletRequest("POST", servletPath + pathInfo);
    request.setServletPath(servletPath);
    request.setPathInfo(pathInfo);
    return request;
  }
}
