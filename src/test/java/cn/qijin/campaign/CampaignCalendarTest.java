package cn.qijin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13; PH-1..PH-3, ORG-2, REC-2: the campaign schedule, the review policy (working days Monday to Friday,
 * reminder cycle, grace) and the campaign clock, without an engine. The build's JVM runs in UTC: every instant
 * here is a Shanghai wall time.
 */
class CampaignCalendarTest {

  static final CampaignSchedule PLAN_2017 = new CampaignSchedule(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 6, 30),
      LocalDate.of(2017, 7, 1), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30));

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void phase_instants_are_shanghai_midnights_and_last_seconds() {
    assertThat(PLAN_2017.validated()).isSameAs(PLAN_2017);
    assertThat(PLAN_2017.ph1DueAt().toInstant()).isEqualTo(Instant.parse("2017-06-30T15:59:59Z"));
    assertThat(PLAN_2017.ph2StartAt().toInstant()).isEqualTo(Instant.parse("2017-06-30T16:00:00Z"));
    assertThat(PLAN_2017.ph2DueAt().toInstant()).isEqualTo(Instant.parse("2018-06-30T15:59:59Z"));
    assertThat(PLAN_2017.ph2EndedAt().toInstant()).as("00:00 after PH-2's last day")
        .isEqualTo(Instant.parse("2018-06-30T16:00:00Z"));
    assertThat(PLAN_2017.ph3StartAt().toInstant()).isEqualTo(Instant.parse("2018-06-30T16:00:00Z"));
    assertThat(PLAN_2017.ph3DueAt().toInstant()).isEqualTo(Instant.parse("2018-09-30T15:59:59Z"));
  }

  @Test
  void a_missing_date_is_named_in_chinese() {
    var schedule = new CampaignSchedule(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 6, 30), null,
        LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30));
    assertThatThrownBy(schedule::validated).isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).userMessage()).isEqualTo("请填写组织实施阶段开始日期");
  }

  @Test
  void phases_out_of_order_or_overlapping_are_refused_with_both_dates() {
    assertThatThrownBy(() -> new CampaignSchedule(LocalDate.of(2017, 7, 1), LocalDate.of(2017, 6, 30),
        LocalDate.of(2017, 7, 2), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30))
        .validated()).extracting(e -> ((InvalidInputException) e).userMessage())
        .isEqualTo("部署发动阶段的开始日期不能晚于结束日期（2017-07-01 / 2017-06-30）");
    // PH-2 may not start on PH-1's last day
    assertThatThrownBy(() -> new CampaignSchedule(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 6, 30),
        LocalDate.of(2017, 6, 30), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30))
        .validated()).extracting(e -> ((InvalidInputException) e).userMessage())
        .isEqualTo("组织实施阶段须在部署发动阶段结束之后开始（2017-06-30 / 2017-06-30）");
    assertThatThrownBy(() -> new CampaignSchedule(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 6, 30),
        LocalDate.of(2017, 7, 1), LocalDate.of(2018, 7, 1), LocalDate.of(2018, 7, 1), LocalDate.of(2018, 9, 30))
        .validated()).extracting(e -> ((InvalidInputException) e).userMessage())
        .isEqualTo("巩固提升阶段须在组织实施阶段结束之后开始（2018-07-01 / 2018-07-01）");
    assertThatThrownBy(() -> new CampaignSchedule(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 6, 30),
        LocalDate.of(2017, 7, 1), LocalDate.of(2018, 6, 30), LocalDate.of(2018, 7, 1), LocalDate.of(2018, 6, 30))
        .validated()).extracting(e -> ((InvalidInputException) e).userMessage())
        .isEqualTo("巩固提升阶段的开始日期不能晚于结束日期（2018-07-01 / 2018-06-30）");
  }

  @Test
  void one_day_phases_are_allowed() {
    var tight = new CampaignSchedule(LocalDate.of(2017, 5, 1), LocalDate.of(2017, 5, 1), LocalDate.of(2017, 5, 2),
        LocalDate.of(2017, 5, 2), LocalDate.of(2017, 5, 3), LocalDate.of(2017, 5, 3));
    assertThat(tight.validated()).isSameAs(tight);
  }

  static Instant shanghai(String localDateTime) {
    return java.time.LocalDateTime.parse(localDateTime).atZone(CampaignClock.ZONE).toInstant();
  }

  @Test
  void a_review_is_due_five_working_days_later_skipping_the_weekend() {
    ReviewPolicy policy = ReviewPolicy.DEFAULT;
    // Friday 2026-12-04 → Friday 2026-12-11
    assertThat(LocalDate.of(2026, 12, 4).getDayOfWeek()).isEqualTo(DayOfWeek.FRIDAY);
    assertThat(policy.reviewDueDay(shanghai("2026-12-04T10:00"))).isEqualTo(LocalDate.of(2026, 12, 11));
    // Saturday and Sunday submissions count from Monday: due the next Friday
    assertThat(policy.reviewDueDay(shanghai("2026-12-05T10:00"))).isEqualTo(LocalDate.of(2026, 12, 11));
    assertThat(policy.reviewDueDay(shanghai("2026-12-06T23:00"))).isEqualTo(LocalDate.of(2026, 12, 11));
    // Monday → Monday
    assertThat(policy.reviewDueDay(shanghai("2026-12-07T08:00"))).isEqualTo(LocalDate.of(2026, 12, 14));
    // Sunday 17:00 UTC is Monday 01:00 in Shanghai: Monday's rule
    assertThat(policy.reviewDueDay(Instant.parse("2026-12-06T17:00:00Z"))).isEqualTo(LocalDate.of(2026, 12, 14));
    // across the year
    assertThat(policy.reviewDueDay(shanghai("2026-12-30T10:00"))).isEqualTo(LocalDate.of(2027, 1, 6));
    assertThat(policy.reviewDueAt(shanghai("2026-12-04T10:00"))).isEqualTo(Instant.parse("2026-12-11T15:59:59Z"));
  }

  @Test
  void calendar_days_when_working_days_are_off() {
    ReviewPolicy calendar = new ReviewPolicy(5, false, 2, 5);
    assertThat(calendar.reviewDueDay(shanghai("2026-12-04T10:00"))).isEqualTo(LocalDate.of(2026, 12, 9));
  }

  @Test
  void the_review_reminders_are_an_iso_cycle_from_the_due_day_at_the_hour_in_shanghai() {
    assertThat(ReviewPolicy.DEFAULT.reminderCycle(LocalDate.of(2026, 12, 11), 9))
        .isEqualTo("R9/2026-12-11T01:00:00Z/P2D");
    assertThat(new ReviewPolicy(5, true, 3, 5).reminderCycle(LocalDate.of(2027, 1, 1), 0))
        .as("midnight in Shanghai is the day before in UTC").isEqualTo("R9/2026-12-31T16:00:00Z/P3D");
  }

  @Test
  void a_return_gives_grace_days_to_the_end_of_the_last_one() {
    assertThat(ReviewPolicy.DEFAULT.graceUntil(shanghai("2026-12-29T15:00")))
        .isEqualTo(Instant.parse("2027-01-03T15:59:59Z"));
    // 23:30 UTC on the 28th is already the 29th in Shanghai
    assertThat(ReviewPolicy.DEFAULT.graceUntil(Instant.parse("2026-12-28T23:30:00Z")))
        .isEqualTo(Instant.parse("2027-01-03T15:59:59Z"));
  }

  @Test
  void a_review_policy_needs_positive_days() {
    assertThatThrownBy(() -> new ReviewPolicy(0, true, 2, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReviewPolicy(5, true, 0, 5)).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> new ReviewPolicy(5, true, 2, 0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void the_campaign_clock_reads_the_engine_clock_in_shanghai() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2026-12-31T16:30:00Z")));
    assertThat(CampaignClock.today()).as("already New Year in Shanghai").isEqualTo(LocalDate.of(2027, 1, 1));
    assertThat(CampaignClock.now()).isEqualTo(Instant.parse("2026-12-31T16:30:00Z"));
    assertThat(CampaignClock.startOfDay(LocalDate.of(2027, 1, 1)).toInstant())
        .isEqualTo(Instant.parse("2026-12-31T16:00:00Z"));
    assertThat(CampaignClock.endOfDay(LocalDate.of(2026, 12, 31)).toInstant())
        .isEqualTo(Instant.parse("2026-12-31T15:59:59Z"));
  }
}
