package cn.qijin.errors;

import cn.qijin.common.ApiError;
import cn.qijin.common.Surfaces;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import javax.sql.DataSource;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * While the database is unreachable, /api and the engine's REST APIs answer 503 with
 * {@link DatabaseUnavailable#MESSAGE} and {@code Retry-After} in the surface's error shape, never a generic
 * 500 (issue 12). Outside the other filters of these paths, so it also sees what fails before a controller
 * or the engine's REST API runs — the login check asks the engine's identity service, i.e. the database.
 * The answer comes after the connection pool's bounded wait ({@code spring.datasource.hikari.connection-timeout}).
 * Catches
 * <ul>
 *   <li>an exception out of the chain caused by a missing or broken connection
 *   ({@link DatabaseUnavailable#causedBy});</li>
 *   <li>a 5xx answer of the engine's REST API whose error names such a cause (Camunda's exception handler
 *   wrote it before this filter sees it; {@link EngineRestErrorFilter} translates those already), or is a
 *   persistence failure that names none (Camunda's "An exception occurred in the persistence layer") while the
 *   pool has no working connection to give;</li>
 * </ul>
 * Other answers pass unchanged; successful ones are never held back ({@link ErrorResponseCapture}).
 */
public class DatabaseOutageFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutageFilter.class);
  private static final String JSON = "application/json;charset=UTF-8";

  private static final int VALIDATION_SECONDS = 2;

  private final Surfaces surfaces;
  private final DataSource dataSource;
  private final ObjectMapper json = new ObjectMapper();

  /** Without a data source: no asking the pool (unit tests). */
  public DatabaseOutageFilter(Surfaces surfaces) {
    this(surfaces, null);
  }

  public DatabaseOutageFilter(Surfaces surfaces, DataSource dataSource) {
    this.surfaces = surfaces;
    this.dataSource = dataSource;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    ErrorResponseCapture capture = new ErrorResponseCapture(response);
    try {
      chain.doFilter(request, capture);
    } catch (IOException | ServletException | RuntimeException e) {
      if (!DatabaseUnavailable.causedBy(e) || response.isCommitted()) {
        throw e;
      }
      LOG.warn("{} {}: database unreachable, answered 503: {}", request.getMethod(), path(request), rootMessage(e));
      unavailable(request, response);
      return;
    }
    if (request.isAsyncStarted()) {
      capture.passThrough();
      return;
    }
    if (!capture.capturing()) {
      return;
    }
    int status = capture.capturedStatus();
    if (status >= 500 && status != 503 && surfaces.isEngine(path(request)) && databaseAway(capture.capturedBody())) {
      LOG.warn("{} {}: the engine answered {} for want of a database connection, answered 503", request.getMethod(),
          path(request), status);
      unavailable(request, response);
      return;
    }
    capture.release();
  }

  private void unavailable(HttpServletRequest request, HttpServletResponse response) throws IOException {
    byte[] body = surfaces.isApi(path(request)) ? Surfaces.apiError(503, DatabaseUnavailable.MESSAGE)
        : Surfaces.engineError(DatabaseUnavailable.ENGINE_TYPE, DatabaseUnavailable.MESSAGE, 0);
    response.resetBuffer();
    response.setStatus(503);
    response.setHeader("Retry-After", Integer.toString(DatabaseUnavailable.RETRY_AFTER_SECONDS));
    response.setContentType(surfaces.isApi(path(request)) ? ApiError.CONTENT_TYPE : JSON);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }

  /**
   * Whether the engine's error names a missing or broken connection, or is a persistence failure that names no
   * cause while the pool has no working connection to give (asked only then; when the database is there, the
   * pool answers at once).
   */
  private boolean databaseAway(byte[] body) {
    JsonNode error;
    try {
      error = json.readTree(body);
    } catch (IOException e) {
      return false;
    }
    if (error == null) {
      return false;
    }
    String type = error.path("type").asText("");
    if (DatabaseUnavailable.engineError(type, error.path("message").asText(""))) {
      return true;
    }
    return DatabaseUnavailable.persistenceError(type) && !connectionAvailable();
  }

  private boolean connectionAvailable() {
    if (dataSource == null) {
      return true;
    }
    try (Connection connection = dataSource.getConnection()) {
      return connection.isValid(VALIDATION_SECONDS);
    } catch (SQLException | RuntimeException e) {
      return false;
    }
  }

  private static String path(HttpServletRequest request) {
    String uri = request.getRequestURI();
    String context = request.getContextPath();
    String path = uri.startsWith(context) ? uri.substring(context.length()) : uri;
    return path.length() > 200 ? path.substring(0, 200) + "…" : path;
  }

  private static String rootMessage(Throwable e) {
    Throwable root = e;
    while (root.getCause() != null && root.getCause() != root) {
      root = root.getCause();
    }
    return root.getClass().getSimpleName() + ": " + root.getMessage();
  }
}
