package cn.qijin.tasklist;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.UserRefusalUnwrapping;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.ContentCachingResponseWrapper;

/**
 * Camunda's REST resources answer 500 with an English prefix for any engine exception while completing a task or
 * starting a process, even a refused form. When {@link UserRefusalUnwrapping} recorded an
 * {@link InvalidInputException} for this request, the answer becomes 400 with just its Chinese message, in the
 * engine REST API's own error shape, which Tasklist shows.
 */
public class TaskFormErrorFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(TaskFormErrorFilter.class);

  private final ObjectMapper json = new ObjectMapper();

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    return !"POST".equals(request.getMethod());
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var wrapper = new ContentCachingResponseWrapper(response);
    chain.doFilter(request, wrapper);
    var refusal = UserRefusalUnwrapping.recordedFor(request);
    if (refusal != null && wrapper.getStatus() == HttpServletResponse.SC_INTERNAL_SERVER_ERROR) {
      LOG.info("Form refused ({}): {}", request.getRequestURI(), refusal.userMessage());
      wrapper.resetBuffer();
      wrapper.setStatus(HttpServletResponse.SC_BAD_REQUEST);
      wrapper.setContentType("application/json;charset=UTF-8");
      wrapper.getOutputStream().write(json.writeValueAsBytes(
          Map.of("type", InvalidInputException.class.getSimpleName(), "message", refusal.userMessage(), "code", 0)));
    }
    wrapper.copyBodyToResponse();
  }
}
