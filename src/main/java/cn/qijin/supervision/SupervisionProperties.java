package cn.qijin.supervision;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The office's quarterly routine (ORG-2). Days are calendar days in Asia/Shanghai.
 *
 * @param daysAfterQuarter the supervision of a quarter starts this many days after it ends, at {@code hour}
 * @param draftDays the office drafts the 通报 within this many days of the start (or of a return)
 * @param approvalDays the leadership group decides within this many days of the draft
 * @param acknowledgementDays units acknowledge (签收) within this many days of circulation
 * @param reminderIntervalDays reminders to acknowledge go out on the due day and then every this many days
 * @param reminderCount how many reminders at most
 * @param reportDays the office reports upward within this many days of circulation
 */
@ConfigurationProperties("qijin.supervision")
public record SupervisionProperties(@DefaultValue("7") int daysAfterQuarter, @DefaultValue("9") int hour,
    @DefaultValue("10") int draftDays, @DefaultValue("5") int approvalDays, @DefaultValue("5") int acknowledgementDays,
    @DefaultValue("2") int reminderIntervalDays, @DefaultValue("3") int reminderCount,
    @DefaultValue("15") int reportDays) {

  public SupervisionProperties {
    if (reminderCount < 1) {
      throw new IllegalArgumentException("qijin.supervision.reminder-count must be at least 1, was " + reminderCount);
    }
    if (daysAfterQuarter < 1 || daysAfterQuarter > 28) {
      throw new IllegalArgumentException("qijin.supervision.days-after-quarter must be 1..28, was " + daysAfterQuarter);
    }
    if (hour < 0 || hour > 23) {
      throw new IllegalArgumentException("qijin.supervision.hour must be 0..23, was " + hour);
    }
  }
}
