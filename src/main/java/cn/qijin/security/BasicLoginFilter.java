package cn.qijin.security;

import cn.qijin.security.login.LoginOutcomes;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.www.BasicAuthenticationConverter;
import org.springframework.security.web.authentication.www.BasicAuthenticationFilter;

/**
 * Spring's HTTP Basic filter, which also tells the login throttle whose password was checked and whether it
 * was right ({@link LoginOutcomes}). A failed login does not answer by itself: the request goes on
 * unauthenticated, so that the web apps' session may still log it in (/api) and the chain's entry point
 * answers 401 otherwise — as before Spring Security.
 */
class BasicLoginFilter extends BasicAuthenticationFilter {

  private static final Logger LOG = LoggerFactory.getLogger(BasicLoginFilter.class);
  private final BasicAuthenticationConverter converter = new BasicAuthenticationConverter();

  BasicLoginFilter(AuthenticationManager authentication) {
    super(authentication);
  }

  @Override
  protected void onSuccessfulAuthentication(HttpServletRequest request, HttpServletResponse response,
      Authentication result) {
    LoginOutcomes.record(request, result.getName(), true);
  }

  @Override
  protected void onUnsuccessfulAuthentication(HttpServletRequest request, HttpServletResponse response,
      AuthenticationException failed) {
    String user = userOf(request);
    if (user != null) {
      // a password was checked (an undecodable header checks none)
      LoginOutcomes.record(request, user, false);
      LOG.info("Login failed for user '{}' on {}", user, request.getRequestURI());
    }
  }

  private String userOf(HttpServletRequest request) {
    try {
      UsernamePasswordAuthenticationToken token = converter.convert(request);
      return token == null || token.getName().isEmpty() ? null : token.getName();
    } catch (AuthenticationException e) {
      return null;
    }
  }
}
