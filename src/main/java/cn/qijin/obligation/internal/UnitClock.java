package cn.qijin.obligation.internal;

import cn.qijin.obligation.ObligationStatus;
import java.time.Instant;

/** REC-2's unit clock, the one rule both the obligation's row and its value ({@code Obligation}) answer with. */
public final class UnitClock {

  private UnitClock() {}

  /**
   * The unit is behind at {@code now}: open past its deadline with nothing submitted, or its waiting submission
   * arrived late. A unit whose on-time submission waits for the office is not behind.
   */
  public static boolean isBehind(ObligationStatus status, Instant awaitingReviewSince, Boolean submittedOnTime,
      Instant deadlineAt, Instant now) {
    if (status != ObligationStatus.OPEN) {
      return false;
    }
    return awaitingReviewSince != null ? !Boolean.TRUE.equals(submittedOnTime) : now.isAfter(deadlineAt);
  }
}
