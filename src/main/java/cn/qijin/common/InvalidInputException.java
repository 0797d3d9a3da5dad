package cn.qijin.common;

import java.util.Optional;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a user can correct, with a Chinese message shown as it is. The engine wraps exceptions thrown
 * in task listeners into its own, so the message carries a marker by which the text can be found
 * again in the engine's error (see TaskFormErrorFilter).
 */
public class InvalidInputException extends BadUserRequestException {

  static final String MARKER = "【输入有误】";

  private final String userMessage;

  public InvalidInputException(String chineseMessage) {
    super(MARKER + chineseMessage);
    this.userMessage = chineseMessage;
  }

  /** The Chinese message for the user, without the marker. */
  public String userMessage() {
    return userMessage;
  }

  /** Finds the user's message inside an engine error text that wrapped an InvalidInputException. */
  public static Optional<String> findIn(String engineMessage) {
    if (engineMessage == null) {
      return Optional.empty();
    }
    int at = engineMessage.indexOf(MARKER);
    if (at < 0) {
      return Optional.empty();
    }
    String text = engineMessage.substring(at + MARKER.length());
    if (text.endsWith("'")) {
      text = text.substring(0, text.length() - 1);
    }
    return Optional.of(text);
  }
}
