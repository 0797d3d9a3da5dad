package cn.qijin.kernel;

/** The authenticated user may not do this; the message is Chinese. */
public class ForbiddenException extends RuntimeException {

  public ForbiddenException(String chineseMessage) {
    super(chineseMessage);
  }
}
