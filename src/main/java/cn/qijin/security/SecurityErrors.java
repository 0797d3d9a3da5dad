package cn.qijin.security;

import cn.qijin.common.ApiError;
import cn.qijin.common.Surfaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one place where the security layer's error bodies are made (401, 403, 429 — the login throttle's too;
 * the 403 of a role annotation or an ownership rule is ApiExceptionHandler's, the same {@link ApiError} body
 * and content type): in the shape of the surface asked, RFC 9457 problem details ({@link ApiError}) for /api and
 * /actuator, Camunda's {@code {"type","message","code"}} for /engine-rest, with the Chinese message. Bodies are
 * written by Jackson.
 */
public final class SecurityErrors {

  public static final String NOT_LOGGED_IN = "请先登录（用户名和密码有误或未提供）";
  public static final String FORBIDDEN = Surfaces.chineseMessage(403);
  public static final String CSRF = "请求缺少有效的防伪令牌（CSRF），请刷新页面后重试";

  private SecurityErrors() {}

  /** The body of a security error on /api and /actuator. */
  public static ApiError apiBody(int status, String message) {
    return ApiError.of(status, message);
  }

  /** An error of the application's API shape, whatever the path (the login throttle answers so everywhere). */
  public static void write(HttpServletResponse response, int status, String message) throws IOException {
    send(response, status, ApiError.CONTENT_TYPE, apiBody(status, message).toJson());
  }

  /** An error in the shape of the request's surface. */
  public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.equals("/engine-rest") || path.startsWith("/engine-rest/")) {
      send(response, status, "application/json;charset=UTF-8", Surfaces.engineError(status == 401 ? "AuthenticationException" : "AuthorizationException",
          message, 0));
    } else {
      write(response, status, message);
    }
  }

  private static void send(HttpServletResponse response, int status, String contentType, byte[] body)
      throws IOException {
    response.setStatus(status);
    response.setContentType(contentType);
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
