package cn.qijin.obligation;

import cn.qijin.kernel.Recurrence;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.kernel.Quarter;
import java.time.Duration;
import java.time.LocalDate;
import java.time.Month;
import org.junit.jupiter.api.Test;

/**
 * Issue 13; REC-1, COM-2, PUB-2: Quarter, ObligationPeriod and Recurrence without an engine — quarter
 * boundaries, year turns, the months inside each quarter, leap years, the template's period values.
 */
class QuarterCalendarTest {

  @Test
  void every_month_falls_in_its_quarter() {
    for (Month month : Month.values()) {
      Quarter quarter = Quarter.of(LocalDate.of(2026, month, 15));
      assertThat(quarter.number()).as(month.toString()).isEqualTo((month.getValue() + 2) / 3);
      assertThat(quarter.start()).isBeforeOrEqualTo(LocalDate.of(2026, month, 1));
      assertThat(quarter.end()).isAfterOrEqualTo(LocalDate.of(2026, month, 1).withDayOfMonth(
          LocalDate.of(2026, month, 1).lengthOfMonth()));
    }
  }

  @Test
  void the_first_and_last_day_of_a_quarter_belong_to_it() {
    assertThat(Quarter.of(LocalDate.of(2017, 3, 31))).isEqualTo(new Quarter(2017, 1));
    assertThat(Quarter.of(LocalDate.of(2017, 4, 1))).isEqualTo(new Quarter(2017, 2));
    assertThat(Quarter.of(LocalDate.of(2017, 9, 30))).isEqualTo(new Quarter(2017, 3));
    assertThat(Quarter.of(LocalDate.of(2017, 10, 1))).isEqualTo(new Quarter(2017, 4));
    assertThat(new Quarter(2017, 3).start()).isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(new Quarter(2017, 3).end()).isEqualTo(LocalDate.of(2017, 9, 30));
    assertThat(new Quarter(2017, 1).end()).isEqualTo(LocalDate.of(2017, 3, 31));
    assertThat(new Quarter(2017, 2).end()).isEqualTo(LocalDate.of(2017, 6, 30));
  }

  @Test
  void quarters_turn_the_year_both_ways() {
    Quarter q4 = new Quarter(2026, 4);
    assertThat(q4.end()).isEqualTo(LocalDate.of(2026, 12, 31));
    assertThat(q4.next()).isEqualTo(new Quarter(2027, 1));
    assertThat(new Quarter(2027, 1).previous()).isEqualTo(q4);
    assertThat(Quarter.of(LocalDate.of(2027, 1, 1))).isEqualTo(new Quarter(2027, 1));
    assertThat(Quarter.of(LocalDate.of(2026, 12, 31))).isEqualTo(q4);
  }

  @Test
  void codes_and_chinese_names() {
    assertThat(new Quarter(2017, 3).code()).isEqualTo("2017Q3");
    assertThat(Quarter.parse("2017Q3")).isEqualTo(new Quarter(2017, 3));
    assertThat(new Quarter(2026, 1).chineseName()).isEqualTo("2026年第一季度");
    assertThat(new Quarter(2026, 2).chineseName()).isEqualTo("2026年第二季度");
    assertThat(new Quarter(2026, 4).chineseName()).isEqualTo("2026年第四季度");
  }

  @Test
  void quarters_between_two_days_across_a_year_include_both_partial_quarters() {
    assertThat(Quarter.between(LocalDate.of(2017, 8, 15), LocalDate.of(2018, 1, 1)))
        .extracting(Quarter::code).containsExactly("2017Q3", "2017Q4", "2018Q1");
    assertThat(Quarter.between(LocalDate.of(2017, 7, 1), LocalDate.of(2017, 9, 30)))
        .extracting(Quarter::code).containsExactly("2017Q3");
    assertThat(Quarter.between(LocalDate.of(2017, 9, 30), LocalDate.of(2017, 10, 1)))
        .extracting(Quarter::code).containsExactly("2017Q3", "2017Q4");
  }

  @Test
  void a_month_opened_mid_month_is_the_whole_month_and_belongs_to_its_quarter() {
    ObligationPeriod july = ObligationPeriod.containing(Recurrence.MONTH, LocalDate.of(2017, 7, 15));
    assertThat(july.start()).isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(july.end()).isEqualTo(LocalDate.of(2017, 7, 31));
    assertThat(july.quarter()).isEqualTo(new Quarter(2017, 3));
    ObligationPeriod september = ObligationPeriod.parse("2017-09");
    assertThat(september.quarter()).as("the quarter's last month").isEqualTo(new Quarter(2017, 3));
    assertThat(september.next().quarter()).isEqualTo(new Quarter(2017, 4));
  }

  @Test
  void february_ends_on_the_29th_in_a_leap_year_and_december_turns_the_year() {
    assertThat(ObligationPeriod.parse("2020-02").end()).isEqualTo(LocalDate.of(2020, 2, 29));
    assertThat(ObligationPeriod.parse("2021-02").end()).isEqualTo(LocalDate.of(2021, 2, 28));
    ObligationPeriod december = ObligationPeriod.parse("2026-12");
    assertThat(december.next().code()).isEqualTo("2027-01");
    assertThat(december.next().chineseName()).isEqualTo("2027年1月");
    assertThat(december.next().quarter().code()).isEqualTo("2027Q1");
  }

  @Test
  void a_quarterly_period_is_its_quarter() {
    ObligationPeriod q = ObligationPeriod.containing(Recurrence.QUARTER, LocalDate.of(2017, 8, 20));
    assertThat(q.code()).isEqualTo("2017Q3");
    assertThat(q.start()).isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(q.end()).isEqualTo(LocalDate.of(2017, 9, 30));
    assertThat(q.shortName()).isEqualTo("2017年第三季度");
    assertThat(q.next().code()).isEqualTo("2017Q4");
    assertThat(ObligationPeriod.parse("2017Q4").next().code()).isEqualTo("2018Q1");
  }

  @Test
  void the_template_names_the_recurrence_exactly() {
    assertThat(Recurrence.fromTemplate("QUARTER")).contains(Recurrence.QUARTER);
    assertThat(Recurrence.fromTemplate("MONTH")).contains(Recurrence.MONTH);
    assertThat(Recurrence.fromTemplate("month")).isEmpty();
    assertThat(Recurrence.fromTemplate("WEEK")).isEmpty();
    assertThat(Recurrence.fromTemplate(null)).isEmpty();
    assertThatThrownBy(() -> Recurrence.of("YEAR")).isInstanceOf(IllegalStateException.class);
    assertThat(Recurrence.QUARTER.chineseName()).isEqualTo("季度");
    assertThat(Recurrence.MONTH.chineseName()).isEqualTo("月度");
  }

  @Test
  void the_shortest_period_and_the_due_soon_window_follow_the_recurrence() {
    assertThat(Recurrence.QUARTER.shortestDays()).isEqualTo(90);
    assertThat(Recurrence.MONTH.shortestDays()).isEqualTo(28);
    assertThat(Recurrence.QUARTER.dueSoonWindow()).isEqualTo(Duration.ofDays(14));
    assertThat(Recurrence.MONTH.dueSoonWindow()).isEqualTo(Duration.ofDays(3));
  }
}
