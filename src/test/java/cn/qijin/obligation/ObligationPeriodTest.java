package cn.qijin.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.kernel.Recurrence;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

/** Issue 11 point 7: periods of recurring obligations, quarters (REC-1) and months (COM-2, PUB-2). */
class ObligationPeriodTest {

  @Test
  void COM_2_PUB_2_months_from_PH_2_to_PH_3_with_codes_names_ends_and_their_quarter() {
    var months = ObligationPeriod.between(Recurrence.MONTH, LocalDate.of(2017, 7, 15), LocalDate.of(2018, 2, 1));
    assertThat(months).extracting(ObligationPeriod::code)
        .containsExactly("2017-07", "2017-08", "2017-09", "2017-10", "2017-11", "2017-12", "2018-01", "2018-02");
    ObligationPeriod february = months.get(7);
    assertThat(february.chineseName()).isEqualTo("2018年2月");
    assertThat(february.shortName()).isEqualTo("2月");
    assertThat(february.taskKind()).isEqualTo("月度任务");
    assertThat(february.end()).isEqualTo(LocalDate.of(2018, 2, 28));
    assertThat(february.quarter().code()).isEqualTo("2018Q1");
    assertThat(ObligationPeriod.parse("2017-12")).isEqualTo(months.get(5));
  }

  @Test
  void REC_1_quarters_keep_their_codes_and_names() {
    var quarters = ObligationPeriod.between(Recurrence.QUARTER, LocalDate.of(2017, 7, 1), LocalDate.of(2018, 12, 31));
    assertThat(quarters).extracting(ObligationPeriod::code)
        .containsExactly("2017Q3", "2017Q4", "2018Q1", "2018Q2", "2018Q3", "2018Q4");
    assertThat(quarters.get(1).chineseName()).isEqualTo("2017年第四季度");
    assertThat(quarters.get(1).end()).isEqualTo(LocalDate.of(2017, 12, 31));
    assertThat(quarters.get(1).taskKind()).isEqualTo("季度任务");
    assertThat(ObligationPeriod.parse("2017Q4")).isEqualTo(quarters.get(1));
  }
}
