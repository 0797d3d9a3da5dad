package cn.qijin.kernel;

import java.util.List;

/**
 * The request is well formed but the current state does not allow it (nothing was changed); the message
 * is Chinese, the details may carry technical text (e.g. the engine's own report) for the administrator.
 */
public class ConflictException extends RuntimeException {

  private final List<String> details;

  public ConflictException(String chineseMessage, List<String> details) {
    super(chineseMessage);
    this.details = List.copyOf(details);
  }

  public List<String> details() {
    return details;
  }
}
