package cn.qijin.supervision.document;

import java.util.Collection;

/**
 * Rejects input a document cannot be rendered from. The messages are English and name the offending
 * field by its path (notice.paragraphs[2]); the callers validate users' input before and translate.
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

  /** Text for one line or paragraph of a document: not blank and without line breaks. */
  static String line(String value, String path) {
    text(value, path);
    if (value.indexOf('\n') >= 0 || value.indexOf('\r') >= 0) {
      throw new IllegalArgumentException(path + " must not contain line breaks; pass each paragraph separately");
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

  static void lines(Collection<String> values, String path) {
    int i = 0;
    for (String value : present(values, path)) {
      line(value, path + "[" + i++ + "]");
    }
  }

  static void that(boolean condition, String message) {
    if (!condition) {
      throw new IllegalArgumentException(message);
    }
  }
}
