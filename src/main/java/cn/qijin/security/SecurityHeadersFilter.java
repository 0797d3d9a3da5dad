package cn.qijin.security;

import cn.qijin.common.SecurityHeaders;
import cn.qijin.common.Surfaces;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Security headers on every response (issue 10): {@code X-Content-Type-Options: nosniff} (a browser never
 * guesses a JSON answer or a downloaded file to be a script or page), {@code Referrer-Policy: same-origin}
 * (ids in our URLs do not travel to other sites) and {@code X-Frame-Options: DENY} (no page of the
 * application can be framed; Tasklist's forms are embedded in the page, not framed). Swagger UI gets a
 * strict Content-Security-Policy of its own: its scripts and style sheets from here only, no framing.
 *
 * <p>Camunda's web apps ({@code /camunda/app/*}, {@code /camunda/api/*}) already send their own
 * Content-Security-Policy (with {@code frame-ancestors 'none'}) and {@code X-Content-Type-Options} from
 * Camunda's header filter, configured under {@code camunda.bpm.webapp.header-security}; this filter adds
 * only what that one does not set. A header already set is never set a second time. The headers themselves:
 * {@link SecurityHeaders}, which the error handling sets on answers written outside the filter chain too.
 */
public class SecurityHeadersFilter extends OncePerRequestFilter {

  /**
   * Swagger UI needs nothing but its own files: scripts and style sheets from this origin (its React
   * components set inline styles), images from here or data: URIs (its icons), and calls to this API.
   */
  static final String SWAGGER_UI_POLICY = "default-src 'none'; script-src 'self'; style-src 'self' 'unsafe-inline'; "
      + "img-src 'self' data:; font-src 'self'; connect-src 'self'; manifest-src 'self'; base-uri 'none'; "
      + "form-action 'self'; frame-ancestors 'none'; object-src 'none'";

  private final Surfaces surfaces;
  private final String swaggerUiPath;

  /**
   * @param swaggerUiPath springdoc's Swagger UI path (springdoc.swagger-ui.path, e.g. /api/docs); the UI's
   *     files are served from the swagger-ui folder next to it
   */
  public SecurityHeadersFilter(Surfaces surfaces, String swaggerUiPath) {
    this.surfaces = surfaces;
    this.swaggerUiPath = swaggerUiPath;
  }

  @Override
  protected boolean shouldNotFilterErrorDispatch() {
    return false;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    String path = request.getRequestURI().substring(request.getContextPath().length());
    SecurityHeaders.set(response, !surfaces.hasCamundaSecurityHeaders(path));
    if (isSwaggerUi(path)) {
      SecurityHeaders.setOnce(response, "Content-Security-Policy", SWAGGER_UI_POLICY);
    }
    chain.doFilter(request, response);
  }

  boolean isSwaggerUi(String path) {
    String folder = swaggerUiPath.substring(0, swaggerUiPath.lastIndexOf('/') + 1) + "swagger-ui";
    return path.equals(swaggerUiPath) || path.startsWith(swaggerUiPath + "/") || path.equals(folder)
        || path.startsWith(folder + "/") || path.startsWith("/swagger-ui");
  }
}
