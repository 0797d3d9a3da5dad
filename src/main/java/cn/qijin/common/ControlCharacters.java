package cn.qijin.common;

/**
 * Characters no person types into a form and that the application refuses in what it stores or looks
 * up: C0 controls other than tab, line feed and carriage return (U+0000 is also refused by PostgreSQL,
 * which would fail the request), DEL, C1 controls, and the bidirectional overrides and isolates
 * (U+202A–U+202E, U+2066–U+2069) that make text read differently from what it is ("Trojan source",
 * a file name ending "gpj.exe" shown as "exe.jpg").
 */
public final class ControlCharacters {

  /** For messages: what is refused, in Chinese. */
  public static final String DESCRIPTION = "控制字符（如 U+0000、U+202E）";

  private ControlCharacters() {}

  public static boolean present(CharSequence text) {
    if (text == null) {
      return false;
    }
    for (int i = 0; i < text.length(); i++) {
      if (refused(text.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  static boolean refused(char c) {
    if (c < 0x20) {
      return c != '\t' && c != '\n' && c != '\r';
    }
    return (c >= 0x7f && c <= 0x9f) || (c >= 0x202a && c <= 0x202e) || (c >= 0x2066 && c <= 0x2069);
  }
}
