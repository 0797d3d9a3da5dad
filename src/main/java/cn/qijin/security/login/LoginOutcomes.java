package cn.qijin.security.login;

import jakarta.servlet.ServletRequest;

/**
 * What a password check told, kept on the request for the login throttle: the code that checks the password
 * (the security chain's HTTP Basic filter) records it, because the response's status alone does not say it —
 * /api falls back to the web app session after a wrong Basic password.
 */
public final class LoginOutcomes {

  static final String ATTRIBUTE = LoginOutcomes.class.getName();

  /** A checked password: for which account, and whether it was right. */
  public record Checked(String account, boolean success) {}

  private LoginOutcomes() {}

  public static void record(ServletRequest request, String account, boolean success) {
    request.setAttribute(ATTRIBUTE, new Checked(account, success));
  }

  /** The check recorded on this request, or null when no password was checked. */
  static Checked of(ServletRequest request) {
    return request.getAttribute(ATTRIBUTE) instanceof Checked checked ? checked : null;
  }
}
