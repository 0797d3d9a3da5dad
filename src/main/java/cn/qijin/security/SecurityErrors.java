package cn.qijin.security;

import cn.qijin.errors.Surfaces;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;

/**
 * The one place where the security layer writes an error body (401, 403, 429 — the login throttle's too):
 * in the shape of the surface asked, {@code {"status","message","details"}} for /api and /actuator, Camunda's
 * {@code {"type","message","code"}} for /engine-rest, with the Chinese message. Bodies are written by Jackson
 * ({@link Surfaces}).
 */
public final class SecurityErrors {

  public static final String NOT_LOGGED_IN = "请先登录（用户名和密码有误或未提供）";
  public static final String CSRF = "请求缺少有效的防伪令牌（CSRF），请刷新页面后重试";

  private SecurityErrors() {}

  /** An error of the application's API shape, whatever the path (the login throttle answers so everywhere). */
  public static void write(HttpServletResponse response, int status, String message) throws IOException {
    send(response, status, Surfaces.apiError(status, message));
  }

  /** An error in the shape of the request's surface. */
  public static void write(HttpServletRequest request, HttpServletResponse response, int status, String message)
      throws IOException {
    String path = request.getServletPath() + (request.getPathInfo() == null ? "" : request.getPathInfo());
    if (path.equals("/engine-rest") || path.startsWith("/engine-rest/")) {
      send(response, status, Surfaces.engineError(status == 401 ? "AuthenticationException" : "AuthorizationException",
          message, 0));
    } else {
      write(response, status, message);
    }
  }

  private static void send(HttpServletResponse response, int status, byte[] body) throws IOException {
    response.setStatus(status);
    response.setContentType("application/json;charset=UTF-8");
    response.setContentLength(body.length);
    response.getOutputStream().write(body);
  }
}
