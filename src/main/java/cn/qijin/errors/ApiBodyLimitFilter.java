package cn.qijin.errors;

import cn.qijin.common.ApiError;
import cn.qijin.common.Surfaces;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.MediaType;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * /api request bodies other than file uploads are small JSON documents: one over the limit is refused
 * with 413 in the API's error shape before it is read into memory — at once when it announces its length,
 * otherwise as soon as the limit is passed. Uploads (multipart) have their own limits
 * (spring.servlet.multipart, qijin.evidence.max-file-size).
 */
public class ApiBodyLimitFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(ApiBodyLimitFilter.class);

  private final long maxBodyBytes;

  public ApiBodyLimitFilter(long maxBodyBytes) {
    this.maxBodyBytes = maxBodyBytes;
  }

  @Override
  protected boolean shouldNotFilter(HttpServletRequest request) {
    String method = request.getMethod();
    String type = request.getContentType();
    return !("POST".equals(method) || "PUT".equals(method) || "PATCH".equals(method))
        || (type != null && type.toLowerCase().startsWith(MediaType.MULTIPART_FORM_DATA_VALUE));
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    if (request.getContentLengthLong() > maxBodyBytes) {
      LOG.info("Refused {} {}: body of {} bytes over the limit of {}", request.getMethod(), request.getRequestURI(),
          request.getContentLengthLong(), maxBodyBytes);
      byte[] body = Surfaces.apiError(413, message());
      response.setStatus(413);
      response.setContentType(ApiError.CONTENT_TYPE);
      response.setContentLength(body.length);
      response.getOutputStream().write(body);
      return;
    }
    ErrorResponseCapture capture = new ErrorResponseCapture(response);
    chain.doFilter(new LimitedBodyRequest(request, maxBodyBytes), capture);
    if (request.isAsyncStarted()) {
      capture.passThrough();
      return;
    }
    if (capture.capturing() && LimitedBodyRequest.exceeded(request)) {
      LOG.info("Refused {} {}: body over the limit of {} bytes", request.getMethod(), request.getRequestURI(), maxBodyBytes);
      capture.replace(413, ApiError.CONTENT_TYPE, Surfaces.apiError(413, message()));
    } else {
      capture.release();
    }
  }

  private String message() {
    return "提交的内容过大（最多 " + Surfaces.size(maxBodyBytes) + "）";
  }
}
