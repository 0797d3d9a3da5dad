package cn.qijin.campaign;

import cn.qijin.kernel.TimerCycle;
import cn.qijin.kernel.CampaignClock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;

/**
 * REC-2, ORG-2: the office reviews a unit's submission within {@code days} (working days, Monday to
 * Friday, when {@code workingDays}), is reminded on that day and every {@code reminderEveryDays} after,
 * and a returned submission leaves the unit {@code graceDays} calendar days from the day of the return.
 * From the campaign template's {@code review} section.
 */
public record ReviewPolicy(int days, boolean workingDays, int reminderEveryDays, int graceDays) {

  public static final ReviewPolicy DEFAULT = new ReviewPolicy(5, true, 2, 5);

  public static final int MAX_REMINDERS = 10;

  public ReviewPolicy {
    if (days < 1 || reminderEveryDays < 1 || graceDays < 1) {
      throw new IllegalArgumentException("Review policy needs days, reminderEveryDays and graceDays >= 1: "
          + days + ", " + reminderEveryDays + ", " + graceDays);
    }
  }

  /** The last day of the office's review of a submission made at {@code submittedAt} (Asia/Shanghai). */
  public LocalDate reviewDueDay(Instant submittedAt) {
    LocalDate day = LocalDate.ofInstant(submittedAt, CampaignClock.ZONE);
    if (!workingDays) {
      return day.plusDays(days);
    }
    int left = days;
    while (left > 0) {
      day = day.plusDays(1);
      if (day.getDayOfWeek() != DayOfWeek.SATURDAY && day.getDayOfWeek() != DayOfWeek.SUNDAY) {
        left--;
      }
    }
    return day;
  }

  /** 23:59:59 of the review's last day. */
  public Instant reviewDueAt(Instant submittedAt) {
    return CampaignClock.endOfDay(reviewDueDay(submittedAt)).toInstant();
  }

  /**
   * The office's reminders as an ISO 8601 repeating interval with a start, for a non-interrupting timer on the
   * review task: the review's last day at {@code hour} (Asia/Shanghai), then every {@code reminderEveryDays}, at most
   * {@link #MAX_REMINDERS} times; after that the dashboard still lists the review as overdue.
   */
  public String reminderCycle(LocalDate reviewDueDay, int hour) {
    return TimerCycle.firing(MAX_REMINDERS, reviewDueDay.atTime(hour, 0).atZone(CampaignClock.ZONE).toInstant().toString(),
        "P" + reminderEveryDays + "D");
  }

  /** 23:59:59 of the grace period's last day after a submission returned at {@code returnedAt}. */
  public Instant graceUntil(Instant returnedAt) {
    return CampaignClock.endOfDay(LocalDate.ofInstant(returnedAt, CampaignClock.ZONE).plusDays(graceDays)).toInstant();
  }
}
