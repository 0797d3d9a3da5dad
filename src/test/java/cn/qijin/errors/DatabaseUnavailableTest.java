package cn.qijin.errors;

import cn.qijin.common.Surfaces;
import static org.assertj.core.api.Assertions.assertThat;

import jakarta.servlet.ServletException;
import java.sql.SQLException;
import java.sql.SQLTransientConnectionException;
import org.camunda.bpm.engine.ProcessEngineException;
import org.junit.jupiter.api.Test;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.transaction.CannotCreateTransactionException;

/** Issue 12: which failures mean "the database is away", and what the outage filter answers for them. */
class DatabaseUnavailableTest {

  private final DatabaseOutageFilter filter = new DatabaseOutageFilter(new Surfaces("/camunda"));

  @Test
  void a_missing_or_broken_connection_anywhere_in_the_causes_counts() {
    var poolTimeout = new SQLTransientConnectionException("HikariPool-1 - Connection is not available, request timed out after 3001ms.");
    assertThat(DatabaseUnavailable.causedBy(new CannotCreateTransactionException("Could not open JPA EntityManager", poolTimeout))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new ServletException(new ProcessEngineException("query failed",
        new SQLException("An I/O error occurred while sending to the backend.", "08006"))))).isTrue();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("The connection attempt failed.", "08001"))).isTrue();
  }

  @Test
  void other_database_errors_do_not() {
    assertThat(DatabaseUnavailable.causedBy(new DataIntegrityViolationException("duplicate",
        new SQLException("duplicate key value violates unique constraint", "23505")))).isFalse();
    assertThat(DatabaseUnavailable.causedBy(new SQLException("Connection is closed"))).as("not from the pool").isFalse();
    assertThat(DatabaseUnavailable.causedBy(new IllegalStateException("x"))).isFalse();
    assertThat(DatabaseUnavailable.engineError("ProcessEngineException", "connection refused")).isFalse();
    assertThat(DatabaseUnavailable.engineError("RestException", "Cannot complete task 1: task is null")).isFalse();
  }

  @Test
  void api_and_engine_requests_get_503_with_retry_after_in_their_shape() throws Exception {
    MockHttpServletResponse api = run("/api/campaigns", new CannotCreateTransactionException("Could not open JDBC Connection",
        new SQLTransientConnectionException("timed out")));
    assertThat(api.getStatus()).isEqualTo(503);
    assertThat(api.getHeader("Retry-After")).isEqualTo("5");
    assertThat(api.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"about:blank\",\"title\":\"服务暂不可用\",\"status\":503,"
            + "\"detail\":\"数据库暂时无法访问，请稍后重试\",\"message\":\"数据库暂时无法访问，请稍后重试\",\"details\":[]}");
    assertThat(api.getContentType()).startsWith("application/problem+json");

    MockHttpServletResponse engine = run("/engine-rest/task", new ProcessEngineException("x",
        new SQLException("I/O error", "08006")));
    assertThat(engine.getStatus()).isEqualTo(503);
    assertThat(engine.getContentAsString(java.nio.charset.StandardCharsets.UTF_8))
        .isEqualTo("{\"type\":\"ServiceUnavailableException\",\"message\":\"数据库暂时无法访问，请稍后重试\",\"code\":0}");
  }

  @Test
  void an_engine_persistence_failure_without_a_cause_is_503_only_while_the_pool_has_no_connection() throws Exception {
    javax.sql.DataSource away = org.mockito.Mockito.mock(javax.sql.DataSource.class);
    org.mockito.Mockito.when(away.getConnection()).thenThrow(new SQLTransientConnectionException("timed out"));
    assertThat(answerOf(new DatabaseOutageFilter(new Surfaces("/camunda"), away)).getStatus()).isEqualTo(503);

    javax.sql.DataSource there = org.mockito.Mockito.mock(javax.sql.DataSource.class);
    java.sql.Connection connection = org.mockito.Mockito.mock(java.sql.Connection.class);
    org.mockito.Mockito.when(there.getConnection()).thenReturn(connection);
    org.mockito.Mockito.when(connection.isValid(org.mockito.ArgumentMatchers.anyInt())).thenReturn(true);
    assertThat(answerOf(new DatabaseOutageFilter(new Surfaces("/camunda"), there)).getStatus()).isEqualTo(500);
  }

  private static MockHttpServletResponse answerOf(DatabaseOutageFilter filter) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", "/camunda/api/engine/engine/default/task");
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) throws java.io.IOException {
        var http = (jakarta.servlet.http.HttpServletResponse) res;
        http.setStatus(500);
        http.setContentType("application/json");
        http.getOutputStream().write(("{\"type\":\"ProcessEnginePersistenceException\",\"message\":"
            + "\"An exception occurred in the persistence layer. Please check the server logs\",\"code\":0}")
            .getBytes(java.nio.charset.StandardCharsets.UTF_8));
      }
    });
    return response;
  }

  @Test
  void other_failures_pass_through() {
    var failure = new IllegalStateException("a bug");
    org.assertj.core.api.Assertions.assertThatThrownBy(() -> run("/api/campaigns", failure)).isSameAs(failure);
  }

  private MockHttpServletResponse run(String uri, RuntimeException failure) throws Exception {
    MockHttpServletRequest request = new MockHttpServletRequest("GET", uri);
    MockHttpServletResponse response = new MockHttpServletResponse();
    filter.doFilter(request, response, new MockFilterChain() {
      @Override
      public void doFilter(jakarta.servlet.ServletRequest req, jakarta.servlet.ServletResponse res) {
        throw failure;
      }
    });
    return response;
  }
}
