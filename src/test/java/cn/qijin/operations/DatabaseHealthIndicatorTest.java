package cn.qijin.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.RETURNS_DEEP_STUBS;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.SQLTransientConnectionException;
import java.time.Duration;
import javax.sql.DataSource;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Status;

/** Issue 12: readiness' db check, with a time limit on the connection's own check. */
class DatabaseHealthIndicatorTest {

  private final DataSource dataSource = mock(DataSource.class);
  private final DatabaseHealthIndicator indicator = new DatabaseHealthIndicator(dataSource, Duration.ofSeconds(2));

  @Test
  void up_when_a_connection_answers_within_the_validation_timeout() throws Exception {
    Connection connection = mock(Connection.class, RETURNS_DEEP_STUBS);
    when(dataSource.getConnection()).thenReturn(connection);
    when(connection.getMetaData().getDatabaseProductName()).thenReturn("PostgreSQL");
    when(connection.isValid(2)).thenReturn(true);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.UP);
    verify(connection).isValid(2);
    verify(connection).close();
  }

  @Test
  void down_when_the_pool_gives_no_connection_or_it_does_not_answer() throws Exception {
    when(dataSource.getConnection()).thenThrow(new SQLTransientConnectionException("timed out after 3000ms"));
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);

    Connection connection = mock(Connection.class, RETURNS_DEEP_STUBS);
    org.mockito.Mockito.reset(dataSource);
    when(dataSource.getConnection()).thenReturn(connection);
    when(connection.isValid(2)).thenReturn(false);
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
  }
}
