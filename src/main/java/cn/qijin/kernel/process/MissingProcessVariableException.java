package cn.qijin.kernel.process;


/** A required process variable is not set: a modelling or start-up bug, never a user error. */
public class MissingProcessVariableException extends IllegalStateException {

  public MissingProcessVariableException(String message) {
    super(message);
  }
}
