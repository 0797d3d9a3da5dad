package cn.qijin.template;

import cn.qijin.kernel.CampaignClock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.TreeSet;

/**
 * REC-2: reminders before the due day, on it, and every N days after it until fulfilled, each at a
 * fixed hour in Asia/Shanghai. Offsets come from the campaign template. The plan acknowledgement (PH-1)
 * is reminded by the same policy.
 */
public record ReminderPolicy(List<Integer> daysBefore, boolean onDueDay, int repeatEveryDaysAfter, int hour) {

  public ReminderPolicy {
    if (repeatEveryDaysAfter < 1 || hour < 0 || hour > 23 || daysBefore.stream().anyMatch(d -> d < 1)) {
      throw new IllegalArgumentException("Reminder policy needs days before >= 1, a repeat >= 1 day and an hour 0-23: "
          + daysBefore + ", " + repeatEveryDaysAfter + ", " + hour);
    }
  }

  /** The policy a campaign template gives (its {@code reminders} section). */
  public static ReminderPolicy of(TemplateDocument.Reminders reminders) {
    return new ReminderPolicy(reminders.daysBefore(), reminders.onDueDay(), reminders.repeatEveryDaysAfter(),
        reminders.hour());
  }

  /** How a reminder on {@code day} describes the deadline: days left, due today, or days overdue. */
  public static String status(LocalDate day, LocalDate dueDay) {
    long daysLeft = ChronoUnit.DAYS.between(day, dueDay);
    if (daysLeft > 0) {
      return "距到期日 " + dueDay + " 还有 " + daysLeft + " 天";
    }
    return daysLeft == 0 ? "今天到期（" + dueDay + "）" : "已逾期 " + (-daysLeft) + " 天（到期日 " + dueDay + "）";
  }

  /** The first reminder strictly after {@code after} for an obligation due on {@code dueDay}. */
  public Instant nextAfter(LocalDate dueDay, Instant after) {
    TreeSet<Instant> fixed = new TreeSet<>();
    daysBefore.forEach(d -> fixed.add(at(dueDay.minusDays(d))));
    if (onDueDay) {
      fixed.add(at(dueDay));
    }
    Instant next = fixed.higher(after);
    if (next != null) {
      return next;
    }
    LocalDate day = dueDay.plusDays(repeatEveryDaysAfter);
    while (!at(day).isAfter(after)) {
      day = day.plusDays(repeatEveryDaysAfter);
    }
    return at(day);
  }

  private Instant at(LocalDate day) {
    return day.atTime(hour, 0).atZone(CampaignClock.ZONE).toInstant();
  }
}
