package cn.qijin.kernel;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a user can correct, with a Chinese message shown as it is: {@code /api} answers it with 400, and when
 * a listener throws it inside the engine, {@link UserRefusalUnwrapping} hands it back unwrapped so the engine
 * REST API (Tasklist) answers 400 with this message too.
 */
public class InvalidInputException extends BadUserRequestException {

  public InvalidInputException(String chineseMessage) {
    super(chineseMessage);
  }

  /** The Chinese message for the user. */
  public String userMessage() {
    return getMessage();
  }
}
