package cn.qijin.errors;

import cn.qijin.common.ApiError;
import cn.qijin.common.Surfaces;

import jakarta.servlet.RequestDispatcher;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.web.error.ErrorAttributeOptions;
import org.springframework.boot.web.servlet.error.DefaultErrorAttributes;
import org.springframework.web.context.request.RequestAttributes;
import org.springframework.web.context.request.WebRequest;

/**
 * What Spring Boot's error page (/error) answers when a request under /api or the engine's REST API
 * ends there rather than in a controller's error handling — the container refused it, a filter sent an
 * error, or something failed unexpectedly: the error shape of that API with a Chinese message for the
 * status, never a stack trace or class name. /api: an RFC 9457 problem detail ({@link ApiError});
 * /engine-rest and Camunda's web app APIs: Camunda's {@code {"type","message","code"}}. Other paths
 * keep Spring Boot's attributes.
 */
public class ErrorPageAttributes extends DefaultErrorAttributes {

  static final String PROBLEM_TYPE = "about:blank";

  private final Surfaces surfaces;

  public ErrorPageAttributes(Surfaces surfaces) {
    this.surfaces = surfaces;
  }

  @Override
  public Map<String, Object> getErrorAttributes(WebRequest request, ErrorAttributeOptions options) {
    Object uri = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI, RequestAttributes.SCOPE_REQUEST);
    Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE, RequestAttributes.SCOPE_REQUEST);
    int status = code instanceof Integer i ? i : 500;
    String path = uri instanceof String s ? s : "";
    Map<String, Object> attributes = new LinkedHashMap<>();
    if (surfaces.isApi(path)) {
      ApiError problem = ApiError.of(status, Surfaces.chineseMessage(status));
      attributes.put("type", PROBLEM_TYPE);
      attributes.put("title", problem.title());
      attributes.put("status", status);
      attributes.put("detail", problem.detail());
      attributes.put("message", problem.message());
      attributes.put("details", List.of());
      return attributes;
    }
    if (surfaces.isEngine(path)) {
      attributes.put("type", status >= 500 ? "ServerError" : "InvalidRequestException");
      attributes.put("message", Surfaces.chineseMessage(status));
      attributes.put("code", 0);
      return attributes;
    }
    return super.getErrorAttributes(request, options);
  }
}
