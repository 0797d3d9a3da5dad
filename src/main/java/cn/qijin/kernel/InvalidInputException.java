package cn.qijin.kernel;

import java.util.List;
import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a user can correct, with a Chinese message shown as it is: {@code /api} answers it with 400, and when
 * a listener throws it inside the engine, {@link UserRefusalUnwrapping} hands it back unwrapped so the engine
 * REST API (Tasklist) answers 400 with this message too.
 */
public class InvalidInputException extends BadUserRequestException {

  private final List<String> details;

  public InvalidInputException(String chineseMessage) {
    this(chineseMessage, List.of());
  }

  /** Input refused as a whole, with one line per fault (a spreadsheet's bad rows). */
  public InvalidInputException(String chineseMessage, List<String> details) {
    super(chineseMessage);
    this.details = List.copyOf(details);
  }

  /** The faults one by one, in Chinese; empty when the message says it all. */
  public List<String> details() {
    return details;
  }

  /** The Chinese message for the user. */
  public String userMessage() {
    return getMessage();
  }
}
