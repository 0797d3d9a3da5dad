package cn.qijin.security.login;

import jakarta.servlet.http.HttpServletRequest;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.rest.security.auth.AuthenticationResult;
import org.camunda.bpm.engine.rest.security.auth.impl.HttpBasicAuthenticationProvider;

/**
 * Camunda's HTTP Basic authentication of /engine-rest, which also tells the login throttle whose password it
 * checked and whether it was right (Camunda's filter instantiates this class by name).
 */
public class RecordingHttpBasicAuthenticationProvider extends HttpBasicAuthenticationProvider {

  @Override
  public AuthenticationResult extractAuthenticatedUser(HttpServletRequest request, ProcessEngine engine) {
    AuthenticationResult result = super.extractAuthenticatedUser(request, engine);
    // Camunda names the user only when it checked a password (not for a missing or malformed header)
    if (result.getAuthenticatedUser() != null) {
      LoginOutcomes.record(request, result.getAuthenticatedUser(), result.isAuthenticated());
    }
    return result;
  }
}
