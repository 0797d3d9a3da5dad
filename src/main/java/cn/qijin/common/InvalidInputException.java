package cn.qijin.common;

import org.camunda.bpm.engine.BadUserRequestException;

/**
 * Input a user can correct. The message is Chinese and shown to the user as it is; it extends the
 * engine's BadUserRequestException so that Camunda's REST API (and thus Tasklist) answers 400 when a
 * task listener refuses a form.
 */
public class InvalidInputException extends BadUserRequestException {

  public InvalidInputException(String chineseMessage) {
    super(chineseMessage);
  }
}
