package cn.qijin.errors;

import cn.qijin.common.ApiError;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import java.util.Map;
import org.springframework.boot.autoconfigure.web.ErrorProperties;
import org.springframework.boot.autoconfigure.web.servlet.error.BasicErrorController;
import org.springframework.boot.web.servlet.error.ErrorAttributes;
import org.springframework.http.ResponseEntity;

/**
 * Spring Boot's error page, answering an /api request that ended there (a filter or the container refused it)
 * as {@code application/problem+json}, the media type of every other /api error.
 */
public class ProblemErrorController extends BasicErrorController {

  public ProblemErrorController(ErrorAttributes attributes, ErrorProperties properties) {
    super(attributes, properties, List.of());
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
