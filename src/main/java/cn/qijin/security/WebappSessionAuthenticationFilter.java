package cn.qijin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import java.io.IOException;
import java.util.Objects;
import org.camunda.bpm.webapp.impl.security.auth.AuthenticationUtil;
import org.camunda.bpm.webapp.impl.security.auth.Authentications;
import org.camunda.bpm.webapp.impl.security.auth.UserAuthentication;
import org.camunda.bpm.webapp.impl.security.filter.util.CsrfConstants;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The second way to log in to /api (after HTTP Basic): the session of a user logged in to Camunda's web apps
 * (Tasklist forms call the API that way). A modifying request must then carry Camunda's CSRF token in the
 * {@code X-XSRF-TOKEN} header, else 403. The web apps' own login is untouched: this only reads the session.
 */
class WebappSessionAuthenticationFilter extends OncePerRequestFilter {

  private static final Logger LOG = LoggerFactory.getLogger(WebappSessionAuthenticationFilter.class);

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var current = SecurityContextHolder.getContext().getAuthentication();
    EngineUser user = current != null && current.isAuthenticated() ? null : fromWebappSession(request);
    if (user != null) {
      if (!csrfTokenMatches(request)) {
        LOG.warn("Refused {} {} for {}: missing or wrong CSRF token", request.getMethod(), request.getRequestURI(),
            user.userId());
        SecurityErrors.write(request, response, HttpServletResponse.SC_FORBIDDEN, SecurityErrors.CSRF);
        return;
      }
      SecurityContext context = SecurityContextHolder.createEmptyContext();
      context.setAuthentication(CamundaIdentityAuthenticationProvider.authenticated(user));
      SecurityContextHolder.setContext(context);
    }
    chain.doFilter(request, response);
  }

  private static EngineUser fromWebappSession(HttpServletRequest request) {
    HttpSession session = request.getSession(false);
    if (session == null) {
      return null;
    }
    Authentications auths = AuthenticationUtil.getAuthsFromSession(session);
    if (auths == null || auths.getAuthentications().isEmpty()) {
      return null;
    }
    // One engine per application: the web apps' login for it is the user's identity here.
    UserAuthentication auth = auths.getAuthentications().get(0);
    return new EngineUser(auth.getIdentityId(), auth.getGroupIds(), auth.getTenantIds());
  }

  private static boolean csrfTokenMatches(HttpServletRequest request) {
    if (CsrfConstants.CSRF_NON_MODIFYING_METHODS_PATTERN.matcher(request.getMethod()).matches()) {
      return true;
    }
    Object expected = request.getSession().getAttribute(CsrfConstants.CSRF_TOKEN_SESSION_ATTR_NAME);
    return expected != null && Objects.equals(expected, request.getHeader(CsrfConstants.CSRF_TOKEN_HEADER_NAME));
  }
}
