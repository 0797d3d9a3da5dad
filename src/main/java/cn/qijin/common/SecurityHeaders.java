package cn.qijin.common;

import jakarta.servlet.http.HttpServletResponse;

/**
 * The security headers every response gets (issue 10, docs/security.md): set by the security layer's
 * SecurityHeadersFilter on every request, and by the error handling for answers written outside the filter
 * chain (JsonErrorReportValve). A header already set is never set a second time.
 */
public final class SecurityHeaders {

  private SecurityHeaders() {}

  /** {@code nosniff} false where Camunda's header filter sets it ({@link Surfaces#hasCamundaSecurityHeaders}). */
  public static void set(HttpServletResponse response, boolean nosniff) {
    if (nosniff) {
      setOnce(response, "X-Content-Type-Options", "nosniff");
    }
    setOnce(response, "Referrer-Policy", "same-origin");
    setOnce(response, "X-Frame-Options", "DENY");
  }

  /** Sets a header unless the response has it already. */
  public static void setOnce(HttpServletResponse response, String name, String value) {
    if (!response.containsHeader(name)) {
      response.setHeader(name, value);
    }
  }
}
