package cn.qijin.common;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * Error body of the application's REST API, an RFC 9457 problem detail in Chinese: {@code title} names the kind
 * of failure, {@code detail} says what went wrong for people, {@code details} lists the fields at fault.
 * {@code message} repeats {@code detail} for clients written against the API's first error shape.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ApiError(String type, String title, int status, String detail, String instance, String message,
    List<String> details) {

  public static final MediaType MEDIA_TYPE = MediaType.APPLICATION_PROBLEM_JSON;
  public static final String CONTENT_TYPE = "application/problem+json;charset=UTF-8";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_INSTANCE_LENGTH = 200;

  public static ApiError of(int status, String detail) {
    return of(status, detail, List.of());
  }

  public static ApiError of(int status, String detail, List<String> details) {
    return new ApiError("about:blank", title(status), status, detail, currentPath(), detail, List.copyOf(details));
  }

  /** The body as JSON, for filters that answer before Spring MVC does. */
  public byte[] toJson() {
    try {
      return JSON.writeValueAsBytes(this);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A short Chinese title per status; RFC 9457 lets {@code about:blank} problems localise the status phrase. */
  public static String title(int status) {
    return switch (status) {
      case 400 -> "请求有误";
      case 401 -> "未登录";
      case 403 -> "无权操作";
      case 404 -> "未找到";
      case 405 -> "不支持的请求方法";
      case 406 -> "无法提供所需格式";
      case 409 -> "与当前状态冲突";
      case 413 -> "内容过大";
      case 414 -> "请求地址过长";
      case 415 -> "不支持的内容类型";
      case 429 -> "请求过于频繁";
      case 431 -> "请求头过大";
      case 503 -> "服务暂不可用";
      default -> status >= 500 ? "服务器内部错误" : "请求有误";
    };
  }

  /** The request's path as {@code instance}; an oversized path (the usual probe) is not echoed back. */
  private static String currentPath() {
    if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
      String path = attributes.getRequest().getRequestURI();
      return path != null && path.length() <= MAX_INSTANCE_LENGTH ? path : null;
    }
    return null;
  }
}
