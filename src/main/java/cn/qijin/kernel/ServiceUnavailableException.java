package cn.qijin.kernel;

/**
 * Something the request needs is out of service for the moment (e.g. the evidence store could not take a
 * file: disk full, permissions); nothing was changed and the user may try again later. The message is Chinese;
 * the API answers 503.
 */
public class ServiceUnavailableException extends RuntimeException {

  public ServiceUnavailableException(String chineseMessage, Throwable cause) {
    super(chineseMessage, cause);
  }
}
