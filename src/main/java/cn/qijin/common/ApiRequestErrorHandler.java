package cn.qijin.common;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.time.LocalDate;
import java.time.temporal.Temporal;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.TypeMismatchException;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.InvalidMediaTypeException;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.HttpMediaTypeNotAcceptableException;
import org.springframework.web.HttpMediaTypeNotSupportedException;
import org.springframework.web.HttpRequestMethodNotSupportedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.ServletRequestBindingException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.HandlerMethodValidationException;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.resource.NoResourceFoundException;

/**
 * The client's mistakes Spring MVC itself detects — a parameter of the wrong type or missing, another
 * HTTP method or content type, a malformed multipart request, a path that is no endpoint — answered
 * in the API's error shape ({@link ApiError}) with a Chinese message instead of Spring's default error
 * page (issue 10). Kept apart from {@link ApiExceptionHandler}, which answers the application's own
 * exceptions; where the two could both apply (a too large upload is a multipart error), this one
 * hands over to it, so the answer does not depend on which advice Spring asks first.
 */
@RestControllerAdvice
public class ApiRequestErrorHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiRequestErrorHandler.class);

  private final ApiExceptionHandler application;
  private final Surfaces surfaces;

  public ApiRequestErrorHandler(ApiExceptionHandler application, Surfaces surfaces) {
    this.application = application;
    this.surfaces = surfaces;
  }

  @ExceptionHandler(TypeMismatchException.class)
  ResponseEntity<ApiError> typeMismatch(TypeMismatchException e) {
    String name = e instanceof MethodArgumentTypeMismatchException m ? m.getName() : e.getPropertyName();
    LOG.info("Refused parameter {} of the wrong type: {}", name, e.getMessage());
    return respond(HttpStatus.BAD_REQUEST, "参数" + quoted(name) + "的格式不正确，应为" + expected(e.getRequiredType()));
  }

  @ExceptionHandler(MissingServletRequestParameterException.class)
  ResponseEntity<ApiError> missingParameter(MissingServletRequestParameterException e) {
    LOG.info("Refused request without parameter {}", e.getParameterName());
    return respond(HttpStatus.BAD_REQUEST, "缺少参数" + quoted(e.getParameterName()));
  }

  @ExceptionHandler(ServletRequestBindingException.class)
  ResponseEntity<ApiError> binding(ServletRequestBindingException e) {
    LOG.info("Refused request: {}", e.getMessage());
    return respond(HttpStatus.BAD_REQUEST, "请求缺少必要的参数或请求头");
  }

  @ExceptionHandler(HandlerMethodValidationException.class)
  ResponseEntity<ApiError> parameterValidation(HandlerMethodValidationException e) {
    LOG.info("Refused parameters: {}", e.getMessage());
    return respond(HttpStatus.BAD_REQUEST, "请求参数有误，请检查后重试");
  }

  @ExceptionHandler(HttpRequestMethodNotSupportedException.class)
  ResponseEntity<ApiError> method(HttpRequestMethodNotSupportedException e) {
    LOG.info("Refused method {}: {}", e.getMethod(), e.getMessage());
    var allowed = e.getSupportedHttpMethods();
    HttpHeaders headers = new HttpHeaders();
    String list = "";
    if (allowed != null && !allowed.isEmpty()) {
      headers.setAllow(allowed);
      list = "，可用：" + String.join("、", allowed.stream().map(Object::toString).sorted().toList());
    }
    return ResponseEntity.status(HttpStatus.METHOD_NOT_ALLOWED).headers(headers)
        .contentType(ApiError.MEDIA_TYPE)
        .body(ApiError.of(405, "此接口不支持 " + e.getMethod() + " 请求" + list));
  }

  @ExceptionHandler(HttpMediaTypeNotSupportedException.class)
  ResponseEntity<ApiError> mediaType(HttpMediaTypeNotSupportedException e) {
    LOG.info("Refused content type {}", e.getContentType());
    List<MediaType> supported = e.getSupportedMediaTypes();
    String wanted = supported.isEmpty() ? "application/json"
        : String.join("、", supported.stream().map(MediaType::toString).distinct().toList());
    return respond(HttpStatus.UNSUPPORTED_MEDIA_TYPE, "不支持此内容类型，请以 " + wanted + " 提交");
  }

  @ExceptionHandler(HttpMediaTypeNotAcceptableException.class)
  ResponseEntity<ApiError> notAcceptable(HttpMediaTypeNotAcceptableException e) {
    LOG.info("Refused Accept header: {}", e.getMessage());
    return respond(HttpStatus.NOT_ACCEPTABLE, "无法以请求的格式（Accept）返回结果，请接受 application/json");
  }

  @ExceptionHandler(MultipartException.class)
  ResponseEntity<ApiError> multipart(MultipartException e) {
    if (e instanceof MaxUploadSizeExceededException tooLarge) {
      return application.tooLarge(tooLarge);
    }
    LOG.info("Refused multipart request: {}", e.getMostSpecificCause().getMessage());
    return respond(HttpStatus.BAD_REQUEST, "上传内容格式不正确：须为 multipart/form-data，文件放在字段“files”中");
  }

  /**
   * A browser asking for a page that is not there gets the Chinese 404 page (through the container's error
   * page); every other client, and any path of the APIs, gets the API's error shape.
   */
  @ExceptionHandler(NoResourceFoundException.class)
  ResponseEntity<ApiError> noEndpoint(NoResourceFoundException e, HttpServletRequest request,
      HttpServletResponse response) throws IOException {
    LOG.info("No endpoint for {} {}", e.getHttpMethod(), e.getResourcePath().length() > 200 ? "(long path)" : e.getResourcePath());
    if (isPageRequest(request)) {
      response.sendError(HttpStatus.NOT_FOUND.value());
      return null;
    }
    return respond(HttpStatus.NOT_FOUND, "请求的接口或资源不存在");
  }

  private boolean isPageRequest(HttpServletRequest request) {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    if (surfaces.isApi(path) || surfaces.isEngine(path)) {
      return false;
    }
    try {
      return MediaType.parseMediaTypes(request.getHeader(HttpHeaders.ACCEPT)).stream()
          .anyMatch(type -> type.isCompatibleWith(MediaType.TEXT_HTML) && !type.isWildcardType());
    } catch (InvalidMediaTypeException e) {
      return false;
    }
  }

  private static String expected(Class<?> type) {
    if (type == null) {
      return "正确的格式";
    }
    if (type == Long.class || type == long.class || type == Integer.class || type == int.class) {
      return "整数";
    }
    if (type == Boolean.class || type == boolean.class) {
      return " true 或 false";
    }
    if (type == LocalDate.class) {
      return "日期 yyyy-MM-dd（如 2017-06-15）";
    }
    if (Temporal.class.isAssignableFrom(type)) {
      return "日期时间（ISO 8601）";
    }
    if (type.isEnum()) {
      return "以下之一：" + String.join("、", java.util.Arrays.stream(type.getEnumConstants()).map(Object::toString).toList());
    }
    return "正确的格式";
  }

  /** A parameter name as the client sent it, quoted, unless it is too long or odd to repeat. */
  private static String quoted(String name) {
    if (name == null || name.length() > 64 || ControlCharacters.present(name)) {
      return "";
    }
    return "“" + name + "”";
  }

  private static ResponseEntity<ApiError> respond(HttpStatus status, String message) {
    return ResponseEntity.status(status).contentType(ApiError.MEDIA_TYPE).body(ApiError.of(status.value(), message));
  }
}
