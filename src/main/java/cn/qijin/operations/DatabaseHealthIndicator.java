package cn.qijin.operations;

import java.sql.Connection;
import java.time.Duration;
import javax.sql.DataSource;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code db} (readiness), in place of Spring Boot's, which calls {@code isValid(0)} — no
 * time limit — on the connection it borrowed: on a link that silently drops packets that could hang the
 * probe as long as the operating system keeps the socket. Here borrowing waits at most the pool's
 * {@code connection-timeout} and the check itself {@code qijin.operations.db-validation-timeout}, so readiness
 * turns DOWN within a few seconds of the database going away (issue 12).
 */
@Component("dbHealthIndicator")
public class DatabaseHealthIndicator extends AbstractHealthIndicator {

  private final DataSource dataSource;
  private final int validationSeconds;

  public DatabaseHealthIndicator(DataSource dataSource,
      @Value("${qijin.operations.db-validation-timeout:PT2S}") Duration validationTimeout) {
    super("Database health check failed");
    this.dataSource = dataSource;
    this.validationSeconds = (int) Math.max(1, validationTimeout.toSeconds());
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) throws Exception {
    try (Connection connection = dataSource.getConnection()) {
      String product = connection.getMetaData().getDatabaseProductName();
      builder.withDetail("database", product);
      if (connection.isValid(validationSeconds)) {
        builder.up();
      } else {
        builder.down().withDetail("message", "数据库连接无效（" + validationSeconds + " 秒内未响应）");
      }
    }
  }
}
