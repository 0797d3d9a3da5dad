package cn.qijin.tasklist;

import cn.qijin.common.InvalidInputException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST API answers 500 with a long English prefix when a task listener refuses a form (it
 * wraps every listener exception). For completing and submitting tasks, this turns a refusal by
 * {@link InvalidInputException} into 400 with just the Chinese message, which Tasklist shows. The same for a
 * process started with its start form (上报问题), whose start listener checks the form.
 */
public class TaskFormErrorFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFormErrorFilter.class);

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String uri = request.getRequestURI();
    return !"POST".equals(request.getMethod()) || !(uri.endsWith("/submit-form") || uri.endsWith("/complete")
        || (uri.contains("/process-definition/") && uri.endsWith("/start")));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    if (wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
      var message = userMessage(wrapper.getContentAsByteArray());
      if (message != null) {
        LOG.info("Task form refused ({}): {}", request.getRequestURI(), message);
        wrapper.resetBuffer();
        wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
        wrapper.setContentType("application/json;charset=UTF-8");
        wrapper.getOutputStream().write(json.writeValueAsBytes(
            Map.of("type", "InvalidInputException", "message", message, "code", 0)));
      }
    }
    wrapper.copyBodyToResponse();
  }

  private String userMessage(byte[] body) {
    try {
      JsonNode node = json.readTree(new String(body, StandardCharsets.UTF_8));
      return node == null ? null : InvalidInputException.findIn(node.path("message").asText(null)).orElse(null);
    } catch (IOException e) {
      return null;
    }
  }
}
