package cn.qijin.supervision.document;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class ChineseTextTest {

  @Test
  void sectionOrdinals() {
    assertThat(ChineseText.numeral(1)).isEqualTo("一");
    assertThat(ChineseText.numeral(7)).isEqualTo("七");
    assertThat(ChineseText.numeral(10)).isEqualTo("十");
    assertThat(ChineseText.numeral(12)).isEqualTo("十二");
    assertThat(ChineseText.numeral(20)).isEqualTo("二十");
    assertThat(ChineseText.numeral(99)).isEqualTo("九十九");
    assertThatThrownBy(() -> ChineseText.numeral(0)).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void datesWithoutLeadingZerosAndTimesInBeijing() {
    assertThat(ChineseText.date(LocalDate.of(2027, 1, 8))).isEqualTo("2027年1月8日");
    assertThat(ChineseText.period(LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31)))
        .isEqualTo("2026年10月1日至2026年12月31日");
    // 16:05 UTC on New Year's Eve is already the next day in Beijing
    assertThat(ChineseText.time(Instant.parse("2026-12-31T16:05:00Z"))).isEqualTo("2027年1月1日 00:05");
  }

  @Test
  void percentRoundsHalfUpToOneDecimal() {
    assertThat(ChineseText.percent(5 / 6.0)).isEqualTo("83.3%");
    assertThat(ChineseText.percent(0.8125)).isEqualTo("81.3%");
    assertThat(ChineseText.percent(1.0)).isEqualTo("100.0%");
  }

  @Test
  void widthCountsChineseCharactersAndQuotesTwice() {
    assertThat(ChineseText.width("E001")).isEqualTo(4);
    assertThat(ChineseText.width("“七进”")).isEqualTo(8);
    assertThat(ChineseText.width("2027年1月8日")).isEqualTo(12);
  }
}
