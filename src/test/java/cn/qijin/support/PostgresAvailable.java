package cn.qijin.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where its PostgreSQL database answers. Skips with one line saying how to
 * enable it; fails instead of skipping when CI=true.
 */
public class PostgresAvailable implements ExecutionCondition {

  public static String url() {
    return env("QIJIN_TEST_PG_URL", "jdbc:postgresql://127.0.0.1:5432/qijin_test");
  }

  public static String user() {
    return env("QIJIN_TEST_PG_USER", "postgres");
  }

  public static String password() {
    return env("QIJIN_TEST_PG_PASSWORD", "");
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    DriverManager.setLoginTimeout(3);
    try (Connection ignored = DriverManager.getConnection(url(), user(), password())) {
      return ConditionEvaluationResult.enabled("PostgreSQL at " + url());
    } catch (SQLException e) {
      if ("true".equalsIgnoreCase(System.getenv("CI"))) {
        throw new IllegalStateException("CI=true but PostgreSQL is not reachable at " + url() + ": " + e.getMessage(), e);
      }
      String line = "PostgreSQL suite skipped: no database at " + url()
          + " — create it (createdb -h 127.0.0.1 -U postgres qijin_test) or set QIJIN_TEST_PG_URL to run it.";
      System.out.println(line);
      return ConditionEvaluationResult.disabled(line);
    }
  }

  private static String env(String name, String fallback) {
    String value = System.getenv(name);
    return value == null || value.isBlank() ? fallback : value;
  }
}
