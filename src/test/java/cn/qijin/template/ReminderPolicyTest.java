package cn.qijin.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 13; REC-2: the reminder offsets without an engine, in Asia/Shanghai whatever the JVM's zone (UTC in the build). */
class ReminderPolicyTest {

  static final ReminderPolicy DEFAULT = new ReminderPolicy(List.of(14, 3), true, 7, 9);
  static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  static Instant shanghai(int y, int m, int d, int h, int min) {
    return LocalDateTime.of(y, m, d, h, min).atZone(SHANGHAI).toInstant();
  }

  @Test
  void fourteen_and_three_days_before_on_the_day_then_weekly_at_nine() {
    LocalDate due = LocalDate.of(2017, 9, 30);
    Instant at = shanghai(2017, 7, 1, 0, 0);
    Instant first = DEFAULT.nextAfter(due, at);
    assertThat(first).isEqualTo(shanghai(2017, 9, 16, 9, 0));
    Instant second = DEFAULT.nextAfter(due, first);
    assertThat(second).isEqualTo(shanghai(2017, 9, 27, 9, 0));
    Instant third = DEFAULT.nextAfter(due, second);
    assertThat(third).isEqualTo(shanghai(2017, 9, 30, 9, 0));
    Instant fourth = DEFAULT.nextAfter(due, third);
    assertThat(fourth).isEqualTo(shanghai(2017, 10, 7, 9, 0));
    assertThat(DEFAULT.nextAfter(due, fourth)).isEqualTo(shanghai(2017, 10, 14, 9, 0));
  }

  @Test
  void a_policy_computed_late_skips_the_reminders_already_past() {
    LocalDate due = LocalDate.of(2017, 9, 30);
    // planned on the 20th (e.g. after an extension): the 14-days-before reminder is gone
    assertThat(DEFAULT.nextAfter(due, shanghai(2017, 9, 20, 12, 0))).isEqualTo(shanghai(2017, 9, 27, 9, 0));
    // exactly at a reminder: the next one, never the same again
    assertThat(DEFAULT.nextAfter(due, shanghai(2017, 9, 27, 9, 0))).isEqualTo(shanghai(2017, 9, 30, 9, 0));
    // long overdue: the next weekly day after now
    assertThat(DEFAULT.nextAfter(due, shanghai(2017, 11, 1, 10, 0))).isEqualTo(shanghai(2017, 11, 4, 9, 0));
  }

  @Test
  void nine_in_shanghai_is_one_in_utc_and_the_day_is_shanghais() {
    LocalDate due = LocalDate.of(2026, 12, 31);
    // 2026-12-30T23:30Z is already the 31st, 07:30, in Shanghai: the on-the-day reminder is still to come
    Instant lateEvening = Instant.parse("2026-12-30T23:30:00Z");
    assertThat(DEFAULT.nextAfter(due, lateEvening)).isEqualTo(Instant.parse("2026-12-31T01:00:00Z"));
    // after it, the weekly reminders cross the year
    assertThat(DEFAULT.nextAfter(due, Instant.parse("2026-12-31T01:00:00Z")))
        .isEqualTo(Instant.parse("2027-01-07T01:00:00Z"));
  }

  @Test
  void monthly_obligations_carry_their_own_offsets() {
    ReminderPolicy monthly = new ReminderPolicy(List.of(3), true, 7, 9);
    LocalDate due = LocalDate.of(2017, 2, 28);
    assertThat(monthly.nextAfter(due, shanghai(2017, 2, 1, 0, 0))).isEqualTo(shanghai(2017, 2, 25, 9, 0));
    assertThat(monthly.nextAfter(due, shanghai(2017, 2, 25, 9, 0))).isEqualTo(shanghai(2017, 2, 28, 9, 0));
    assertThat(monthly.nextAfter(due, shanghai(2017, 2, 28, 9, 0))).isEqualTo(shanghai(2017, 3, 7, 9, 0));
  }

  @Test
  void without_a_reminder_on_the_day_the_repeats_start_after_it() {
    ReminderPolicy policy = new ReminderPolicy(List.of(), false, 2, 8);
    LocalDate due = LocalDate.of(2017, 9, 30);
    assertThat(policy.nextAfter(due, shanghai(2017, 9, 1, 0, 0))).isEqualTo(shanghai(2017, 10, 2, 8, 0));
  }

  @Test
  void the_status_line_counts_days_left_today_or_overdue() {
    LocalDate due = LocalDate.of(2017, 9, 30);
    assertThat(ReminderPolicy.status(LocalDate.of(2017, 9, 27), due)).isEqualTo("距到期日 2017-09-30 还有 3 天");
    assertThat(ReminderPolicy.status(due, due)).isEqualTo("今天到期（2017-09-30）");
    assertThat(ReminderPolicy.status(LocalDate.of(2017, 10, 7), due)).isEqualTo("已逾期 7 天（到期日 2017-09-30）");
  }

  @Test
  void the_templates_default_is_fourteen_and_three_days_before_on_the_day_then_weekly_at_nine() {
    assertThat(ReminderPolicy.of(cn.qijin.template.TemplateDocument.Reminders.DEFAULT)).isEqualTo(DEFAULT);
  }

  @Test
  void nonsense_offsets_are_refused() {
    assertThatThrownBy(() -> new ReminderPolicy(List.of(0), true, 7, 9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReminderPolicy(List.of(3), true, 0, 9)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReminderPolicy(List.of(3), true, 7, 24)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReminderPolicy(List.of(3), true, 7, -1)).isInstanceOf(IllegalArgumentException.class);
  }
}
