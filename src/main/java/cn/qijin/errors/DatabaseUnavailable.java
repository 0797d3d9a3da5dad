package cn.qijin.errors;

import java.sql.SQLException;
import java.sql.SQLNonTransientConnectionException;
import java.sql.SQLTransientConnectionException;
import java.util.List;
import java.util.Set;
import org.springframework.jdbc.CannotGetJdbcConnectionException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Recognises a failure caused by the database being unreachable — the connection pool's wait ran out
 * ({@code spring.datasource.hikari.connection-timeout}), the driver could not connect, or the connection
 * broke (SQLState class 08) — so that the HTTP APIs answer 503 with {@link #MESSAGE} and
 * {@code Retry-After} instead of a generic 500 (issue 12). Nothing here asks the database.
 */
public final class DatabaseUnavailable {

  public static final String MESSAGE = "数据库暂时无法访问，请稍后重试";
  /** Seconds a client should wait before it tries again (the {@code Retry-After} header). */
  public static final int RETRY_AFTER_SECONDS = 5;
  /** The {@code type} of the engine REST APIs' 503 answer. */
  public static final String ENGINE_TYPE = "ServiceUnavailableException";

  /** Types, as Camunda's REST API names them in {@code "type"}, that only a missing connection throws. */
  private static final Set<String> ENGINE_TYPES = Set.of("CannotCreateTransactionException",
      "CannotGetJdbcConnectionException", "SQLTransientConnectionException", "SQLNonTransientConnectionException",
      "JDBCConnectionException", "DataAccessResourceFailureException");
  /** Texts of Spring, HikariCP and the PostgreSQL driver in a message for a missing or broken connection. */
  private static final List<String> ENGINE_MESSAGES = List.of("Could not open JDBC Connection",
      "Could not open JPA EntityManager for transaction", "Connection is not available, request timed out",
      "An I/O error occurred while sending to the backend", "This connection has been closed",
      "Failed to obtain JDBC Connection", "Unable to rollback against JDBC Connection",
      "Unable to commit against JDBC Connection");
  /**
   * Types of a failure in the persistence layer whose message does not say why (Camunda's
   * ProcessEnginePersistenceException: "An exception occurred in the persistence layer…"): whether the
   * database is away is asked of the connection pool ({@link DatabaseOutageFilter}).
   */
  private static final Set<String> PERSISTENCE_TYPES = Set.of("ProcessEnginePersistenceException",
      "PersistenceException", "JpaSystemException", "TransactionSystemException", "UncategorizedSQLException");

  private DatabaseUnavailable() {}

  /** Whether the failure, or one of its causes, says that no working database connection could be had. */
  public static boolean causedBy(Throwable failure) {
    for (Throwable t = failure, previous = null; t != null && t != previous; previous = t, t = t.getCause()) {
      if (t instanceof SQLTransientConnectionException || t instanceof SQLNonTransientConnectionException
          || t instanceof CannotGetJdbcConnectionException || t instanceof CannotCreateTransactionException) {
        return true;
      }
      if (t instanceof SQLException sql && sql.getSQLState() != null && sql.getSQLState().startsWith("08")) {
        return true;
      }
      if ("org.hibernate.exception.JDBCConnectionException".equals(t.getClass().getName()) || evictedByPool(t)) {
        return true;
      }
    }
    return false;
  }

  /** Whether an engine REST error is a persistence failure that does not name its cause. */
  public static boolean persistenceError(String type) {
    return PERSISTENCE_TYPES.contains(type);
  }

  /**
   * HikariCP's "Connection is closed": the pool took the connection away because it broke (SQLState 08…,
   * a timeout) — typically while the transaction is rolled back after the query that failed, whose own
   * exception the rollback's then replaces.
   */
  private static boolean evictedByPool(Throwable t) {
    if (!(t instanceof SQLException) || !"Connection is closed".equals(t.getMessage())) {
      return false;
    }
    StackTraceElement[] frames = t.getStackTrace();
    return frames.length > 0 && frames[0].getClassName().startsWith("com.zaxxer.hikari.");
  }

  /**
   * Whether an engine REST error ({@code type} and {@code message} as Camunda's exception handler wrote them
   * from the exception) is about a missing or broken database connection.
   */
  public static boolean engineError(String type, String message) {
    if (ENGINE_TYPES.contains(type)) {
      return true;
    }
    String text = message == null ? "" : message;
    return ENGINE_MESSAGES.stream().anyMatch(text::contains) || text.contains("SQLState: 08")
        || text.contains("Connection to ") && text.contains(" refused")
        || text.matches("(?s).*\\b08(001|003|004|006|007|P01)\\b.*");
  }
}
