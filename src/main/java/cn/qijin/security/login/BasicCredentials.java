package cn.qijin.security.login;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

/**
 * The user name of an HTTP Basic header, read as leniently as the most lenient of the authenticators behind
 * the throttle (Camunda's decoder skips characters outside the alphabet and accepts the URL-safe one), so that
 * no header whose password gets checked passes the throttle unrecognised.
 */
final class BasicCredentials {

  private BasicCredentials() {}

  /**
   * The user part of an {@code Authorization: Basic …} header; "" when it cannot be decoded or has no colon
   * (still an attempt: the client counts); null when the header is absent or of another scheme.
   */
  static String user(String header) {
    if (header == null || header.length() < 5 || !header.regionMatches(true, 0, "Basic", 0, 5)) {
      return null;
    }
    if (header.length() > 5 && !Character.isWhitespace(header.charAt(5))) {
      return null;
    }
    String decoded = decode(header.substring(5));
    if (decoded == null) {
      return "";
    }
    int colon = decoded.indexOf(':');
    return colon < 0 ? "" : decoded.substring(0, colon);
  }

  private static String decode(String text) {
    StringBuilder clean = new StringBuilder(text.length());
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '=') {
        break;
      }
      if (c == '-') {
        clean.append('+');
      } else if (c == '_') {
        clean.append('/');
      } else if (c < 128 && (Character.isLetterOrDigit(c) || c == '+' || c == '/')) {
        clean.append(c);
      }
    }
    if (clean.length() % 4 == 1) {
      clean.setLength(clean.length() - 1);
    }
    while (clean.length() % 4 != 0) {
      clean.append('=');
    }
    try {
      return new String(Base64.getDecoder().decode(clean.toString()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return null;
    }
  }
}
