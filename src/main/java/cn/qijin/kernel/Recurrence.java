package cn.qijin.kernel;

import java.time.Duration;
import java.util.Arrays;
import java.util.Optional;

/**
 * How often a recurring obligation falls due (the template's {@code period}): every calendar quarter (REC-1:
 * ENT-5, ORG-V1) or every calendar month (COM-2, PUB-2: 经常性、定期).
 */
public enum Recurrence {
  QUARTER("季度", 3, 90, Duration.ofDays(14)),
  MONTH("月度", 1, 28, Duration.ofDays(3));

  private final String chineseName;
  private final int months;
  private final int shortestDays;
  private final Duration dueSoonWindow;

  Recurrence(String chineseName, int months, int shortestDays, Duration dueSoonWindow) {
    this.chineseName = chineseName;
    this.months = months;
    this.shortestDays = shortestDays;
    this.dueSoonWindow = dueSoonWindow;
  }

  /** The template's value, e.g. {@code MONTH}; empty for anything else. */
  public static Optional<Recurrence> fromTemplate(String value) {
    return Arrays.stream(values()).filter(r -> r.name().equals(value)).findFirst();
  }

  public static Recurrence of(String value) {
    return fromTemplate(value).orElseThrow(() -> new IllegalStateException("Unknown obligation period " + value));
  }

  /** 季度 or 月度, as in 季度任务 / 月度任务. */
  public String chineseName() {
    return chineseName;
  }

  public int months() {
    return months;
  }

  /** The days of the shortest period (a reminder this many days before the due day or more would precede it). */
  public int shortestDays() {
    return shortestDays;
  }

  /** ObligationState.DUE_SOON starts this long before the deadline (when the template's first reminder goes out). */
  public Duration dueSoonWindow() {
    return dueSoonWindow;
  }
}
