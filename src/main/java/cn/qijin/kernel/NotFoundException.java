package cn.qijin.kernel;

/** A requested record does not exist; the message is Chinese. */
public class NotFoundException extends RuntimeException {

  public NotFoundException(String chineseMessage) {
    super(chineseMessage);
  }
}
