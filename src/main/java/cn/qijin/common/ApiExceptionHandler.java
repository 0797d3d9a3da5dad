package cn.qijin.common;

import cn.qijin.kernel.ConflictException;
import cn.qijin.kernel.ForbiddenException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.ServiceUnavailableException;
import org.camunda.bpm.engine.AuthorizationException;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.support.MissingServletRequestPartException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import java.util.Comparator;
import org.springframework.validation.FieldError;
import org.springframework.web.bind.MethodArgumentNotValidException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Turns failures of /api requests into Chinese messages for users and precise lines in the log. */
@RestControllerAdvice
public class ApiExceptionHandler {

  private static final Logger LOG = LoggerFactory.getLogger(ApiExceptionHandler.class);

  /** The same words as the security layer's 403 (SecurityErrors.FORBIDDEN). */
  static final String FORBIDDEN = Surfaces.chineseMessage(403);

  private final String maxFileSize;

  public ApiExceptionHandler(@Value("${qijin.evidence.max-file-size}") String maxFileSize) {
    this.maxFileSize = maxFileSize;
  }

  @ExceptionHandler(InvalidInputException.class)
  ResponseEntity<ApiError> invalid(InvalidInputException e) {
    LOG.info("Refused input: {} {}", e.userMessage(), e.details());
    return respond(HttpStatus.BAD_REQUEST, ApiError.of(400, e.userMessage(), e.details()));
  }

  @ExceptionHandler(NotFoundException.class)
  ResponseEntity<ApiError> notFound(NotFoundException e) {
    LOG.info("Not found: {}", e.getMessage());
    return respond(HttpStatus.NOT_FOUND, ApiError.of(404, e.getMessage()));
  }

  @ExceptionHandler(ForbiddenException.class)
  ResponseEntity<ApiError> forbidden(ForbiddenException e) {
    LOG.warn("Forbidden: {}", e.getMessage());
    return respond(HttpStatus.FORBIDDEN, ApiError.of(403, e.getMessage()));
  }

  @ExceptionHandler(ConflictException.class)
  ResponseEntity<ApiError> stateConflict(ConflictException e) {
    LOG.info("Refused in the current state: {} {}", e.getMessage(), e.details());
    return respond(HttpStatus.CONFLICT, ApiError.of(409, e.getMessage(), e.details()));
  }

  @ExceptionHandler(AuthorizationException.class)
  ResponseEntity<ApiError> engineForbidden(AuthorizationException e) {
    LOG.warn("Engine refused: {}", e.getMessage());
    return respond(HttpStatus.FORBIDDEN, ApiError.of(403, FORBIDDEN));
  }

  @ExceptionHandler(MethodArgumentNotValidException.class)
  ResponseEntity<ApiError> beanValidation(MethodArgumentNotValidException e) {
    var fields = e.getBindingResult().getFieldErrors().stream()
        .sorted(Comparator.comparing(FieldError::getField)).toList();
    var details = fields.stream().map(f -> f.getField() + "：" + f.getDefaultMessage()).toList();
    var messages = fields.stream().map(FieldError::getDefaultMessage).distinct().toList();
    LOG.info("Refused request body: {}", details);
    String detail = messages.isEmpty() ? "提交的内容有误，请检查后重试" : String.join("；", messages);
    return respond(HttpStatus.BAD_REQUEST, ApiError.of(400, detail, details));
  }

  @ExceptionHandler(HttpMessageNotReadableException.class)
  ResponseEntity<ApiError> unreadable(HttpMessageNotReadableException e) {
    LOG.info("Unreadable request body: {}", e.getMessage());
    return respond(HttpStatus.BAD_REQUEST, ApiError.of(400, "请求内容格式不正确（须为 JSON，日期格式 yyyy-MM-dd）"));
  }

  @ExceptionHandler(MaxUploadSizeExceededException.class)
  ResponseEntity<ApiError> tooLarge(MaxUploadSizeExceededException e) {
    LOG.info("Upload refused: {}", e.getMessage());
    return respond(HttpStatus.PAYLOAD_TOO_LARGE, ApiError.of(413, "文件超过大小上限（每个文件最大 " + maxFileSize + "），未保存"));
  }

  @ExceptionHandler(ServiceUnavailableException.class)
  ResponseEntity<ApiError> unavailable(ServiceUnavailableException e) {
    return respond(HttpStatus.SERVICE_UNAVAILABLE, ApiError.of(503, e.getMessage()));
  }

  @ExceptionHandler(MissingServletRequestPartException.class)
  ResponseEntity<ApiError> missingPart(MissingServletRequestPartException e) {
    return respond(HttpStatus.BAD_REQUEST, ApiError.of(400, "请选择要上传的文件"));
  }

  @ExceptionHandler(DataIntegrityViolationException.class)
  ResponseEntity<ApiError> conflict(DataIntegrityViolationException e) {
    LOG.warn("Integrity violation: {}", e.getMostSpecificCause().getMessage());
    return respond(HttpStatus.CONFLICT, ApiError.of(409, "数据与已有记录冲突（可能重复），未保存"));
  }

  private static ResponseEntity<ApiError> respond(HttpStatus status, ApiError body) {
    return ResponseEntity.status(status).contentType(ApiError.MEDIA_TYPE).body(body);
  }
}
