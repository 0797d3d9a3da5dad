package cn.qijin.security;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import org.camunda.bpm.engine.IdentityService;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Last of the security filters: the engine's current authentication is set to the request's user (groups and
 * tenants) for the rest of the request, so that engine calls are authorization-checked, and cleared after.
 */
class EngineAuthenticationFilter extends OncePerRequestFilter {

  private final IdentityService identity;

  EngineAuthenticationFilter(IdentityService identity) {
    this.identity = identity;
  }

  @Override
  protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
      throws ServletException, IOException {
    var authentication = SecurityContextHolder.getContext().getAuthentication();
    if (authentication == null || !(authentication.getPrincipal() instanceof EngineUser user)) {
      chain.doFilter(request, response);
      return;
    }
    try {
      identity.setAuthentication(user.userId(), user.groups(), user.tenants());
      chain.doFilter(request, response);
    } finally {
      identity.clearAuthentication();
    }
  }
}
