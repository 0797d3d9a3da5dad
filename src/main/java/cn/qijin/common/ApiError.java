package cn.qijin.common;

import java.util.List;

/** Error body of the application's REST API: a Chinese message for people, details per field. */
public record ApiError(int status, String message, List<String> details) {

  public static ApiError of(int status, String message) {
    return new ApiError(status, message, List.of());
  }
}
