package cn.qijin.common;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;

/**
 * The application's HTTP surfaces and the error shape each answers in: the application's API under
 * /api (RFC 9457 problem details, {@link ApiError}) and the engine's REST APIs —
 * /engine-rest and Camunda's web app APIs under {@code <webapp path>/api/} — in Camunda's
 * {@code {"type","message","code"}}, whose message Tasklist and Cockpit show.
 *
 * @param webappPath Camunda's web application path, e.g. /camunda
 */
public record Surfaces(String webappPath) {

  private static final ObjectMapper JSON = new ObjectMapper();

  public boolean isApi(String path) {
    return path.equals("/api") || path.startsWith("/api/");
  }

  public boolean isEngine(String path) {
    return path.equals("/engine-rest") || path.startsWith("/engine-rest/") || path.startsWith(webappPath + "/api/");
  }

  /** Where Camunda's own header filter (HttpHeaderSecurityFilter) already sets its security headers. */
  public boolean hasCamundaSecurityHeaders(String path) {
    return path.startsWith(webappPath + "/api/") || path.startsWith(webappPath + "/app/");
  }

  /** A Chinese message for an HTTP status, for answers nothing more specific is known about. */
  public static String chineseMessage(int status) {
    return switch (status) {
      case 400 -> "请求有误，请检查后重试";
      case 401 -> "请先登录（用户名和密码有误或未提供）";
      case 403 -> "您没有进行此操作的权限";
      case 404 -> "请求的接口或资源不存在";
      case 405 -> "此接口不支持该请求方法";
      case 406 -> "无法以请求的格式返回结果，请接受 application/json";
      case 409 -> "操作与他人的操作或已有数据冲突，请刷新后重试";
      case 413 -> "提交的内容过大";
      case 414 -> "请求地址过长";
      case 415 -> "不支持此内容类型";
      case 431 -> "请求头过大";
      case 503 -> "服务暂不可用，请稍后重试";
      default -> status >= 500 ? "服务器内部错误，请稍后重试；如仍出现请联系管理员" : "请求有误（HTTP " + status + "）";
    };
  }

  /** A size limit for people: "10 MB", "512 KB". */
  public static String size(long bytes) {
    long mb = 1024 * 1024;
    return bytes % mb == 0 ? bytes / mb + " MB" : Math.max(1, bytes / 1024) + " KB";
  }

  /** The body of an /api error, an RFC 9457 problem detail ({@link ApiError}). */
  public static byte[] apiError(int status, String message) {
    return ApiError.of(status, message).toJson();
  }

  /** The body of an engine REST error, in Camunda's shape. */
  public static byte[] engineError(String type, String message, int code) {
    return json(new EngineError(type, message, code));
  }

  /** Camunda's error shape, as its REST API and the web apps read it. */
  record EngineError(String type, String message, int code) {}

  private static byte[] json(Object body) {
    try {
      return JSON.writeValueAsBytes(body);
    } catch (JsonProcessingException e) {
      throw new UncheckedIOException(e);
    }
  }
}
