package cn.qijin.kernel;

/**
 * An ISO 8601 repeating interval for a BPMN timer cycle that fires a given number of times. The engine fires
 * {@code Rn/start/period} at the start and then n more times, so "at most n reminders" is {@code R(n-1)}.
 */
public final class TimerCycle {

  private TimerCycle() {}

  /**
   * @param times how often the timer fires in all, at least 1
   * @param start the first firing, ISO 8601 date-time
   * @param period the interval, ISO 8601 duration such as P2D
   */
  public static String firing(int times, String start, String period) {
    if (times < 1) {
      throw new IllegalArgumentException("a timer cycle fires at least once, not " + times + " times");
    }
    return "R" + (times - 1) + "/" + start + "/" + period;
  }
}
