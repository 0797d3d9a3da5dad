package cn.qijin.supervision.document;

import java.util.Collection;

/**
 * Rejects input a document cannot be rendered from. The messages are English and name the offending
 * field by its path (notice.paragraphs[2]); the callers validate users' input before and translate. Line breaks
 * and characters the document cannot hold are not rejected: {@link DocumentText} renders or leaves them out, so
 * a notice stored before a check was added still renders.
 */
final class Require {

  private Require() {}

  static <T> T present(T value, String path) {
    if (value == null) {
      throw new IllegalArgumentException(path + " must not be null");
    }
    return value;
  }

  static String text(String value, String path) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(path + " must not be blank");
    }
    return value;
  }

  static <C extends Collection<?>> C notEmpty(C values, String path) {
    if (present(values, path).isEmpty()) {
      throw new IllegalArgumentException(path + " must not be empty");
    }
    return values;
  }

  static void elements(Collection<?> values, String path) {
    int i = 0;
    for (Object value : present(values, path)) {
      present(value, path + "[" + i++ + "]");
    }
  }

  /** Every element not blank. */
  static void texts(Collection<String> values, String path) {
    int i = 0;
    for (String value : present(values, path)) {
      text(value, path + "[" + i++ + "]");
    }
  }

  static void that(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
