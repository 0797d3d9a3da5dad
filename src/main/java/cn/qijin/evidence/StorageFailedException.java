package cn.qijin.evidence;

/** The evidence store could not take a file (disk full, permissions): the user may try again. */
public class StorageFailedException extends RuntimeException {

  public StorageFailedException(String chineseMessage, Throwable cause) {
    super(chineseMessage, cause);
  }
}
