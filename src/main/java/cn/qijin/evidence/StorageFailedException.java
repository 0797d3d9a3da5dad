package cn.qijin.evidence;

import cn.qijin.kernel.ServiceUnavailableException;

/** The evidence store could not take a file (disk full, permissions): the user may try again (503). */
public class StorageFailedException extends ServiceUnavailableException {

  public StorageFailedException(String chineseMessage, Throwable cause) {
    super(chineseMessage, cause);
  }
}
