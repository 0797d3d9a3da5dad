package cn.qijin.errors;

import cn.qijin.common.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.autoconfigure.web.servlet.error.ErrorViewResolver;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.ResponseEntity;

/**
 * Spring Boot's error page, answering an /api request that ended there (a filter or the container refused it)
 * as {@code application/problem+json}, the media type of every other /api error, and a browser's page request
 * with the Chinese page of {@code static/error/} for its status (403, 404, 503, other 4xx, other 5xx).
 */
public class ProblemErrorController extends BasicErrorController {

  public ProblemErrorController(ErrorAttributes attributes, ErrorProperties properties,
      List<ErrorViewResolver> pages) {
    super(attributes, properties, pages);
  }

  @Override
  public ResponseEntity<Map<String, Object>> error(HttpServletRequest request) {
    ResponseEntity<Map<String, Object>> answer = super.error(request);
    if (answer.getBody() != null && ErrorPageAttributes.PROBLEM_TYPE.equals(answer.getBody().get("type"))) {
      return ResponseEntity.status(answer.getStatusCode()).headers(answer.getHeaders())
          .contentType(ApiError.MEDIA_TYPE).body(answer.getBody());
    }
    return answer;
  }
}
