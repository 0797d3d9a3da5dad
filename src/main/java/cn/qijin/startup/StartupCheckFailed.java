package cn.qijin.startup;

/** A setting the operator has to fix before the application can start: what is wrong, and what to do. */
public class StartupCheckFailed extends RuntimeException {

  private final String action;

  public StartupCheckFailed(String problem, String action, Throwable cause) {
    super(problem, cause);
    this.action = action;
  }

  public String action() {
    return action;
  }
}
