package cn.qijin.obligation;

import cn.qijin.kernel.Recurrence;
import cn.qijin.kernel.Quarter;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.ArrayList;
import java.util.List;

/**
 * One period of a recurring obligation: a quarter (code 2017Q3, 2017年第三季度) or a month (code 2017-07,
 * 2017年7月). A month belongs to the quarter that contains it, where the quarterly supervision counts it.
 */
public record ObligationPeriod(Recurrence recurrence, LocalDate start) {

  public static ObligationPeriod containing(Recurrence recurrence, LocalDate day) {
    return recurrence == Recurrence.QUARTER ? of(Quarter.of(day)) : new ObligationPeriod(recurrence, day.withDayOfMonth(1));
  }

  public static ObligationPeriod of(Quarter quarter) {
    return new ObligationPeriod(Recurrence.QUARTER, quarter.start());
  }

  /** Every period that overlaps [from, to]. */
  public static List<ObligationPeriod> between(Recurrence recurrence, LocalDate from, LocalDate to) {
    List<ObligationPeriod> periods = new ArrayList<>();
    for (ObligationPeriod p = containing(recurrence, from); !p.start().isAfter(to); p = p.next()) {
      periods.add(p);
    }
    return periods;
  }

  /** 2017Q3 is a quarter, 2017-07 a month. */
  public static ObligationPeriod parse(String code) {
    return code.contains("Q") ? of(Quarter.parse(code))
        : new ObligationPeriod(Recurrence.MONTH, YearMonth.parse(code).atDay(1));
  }

  public LocalDate end() {
    return next().start().minusDays(1);
  }

  public ObligationPeriod next() {
    return new ObligationPeriod(recurrence, start.plusMonths(recurrence.months()));
  }

  public Quarter quarter() {
    return Quarter.of(start);
  }

  public String code() {
    return recurrence == Recurrence.QUARTER ? quarter().code() : YearMonth.from(start).toString();
  }

  public String chineseName() {
    return recurrence == Recurrence.QUARTER ? quarter().chineseName()
        : start.getYear() + "年" + start.getMonthValue() + "月";
  }

  /** 7月 of a month, the quarter's name of a quarter: enough inside its quarter's column. */
  public String shortName() {
    return recurrence == Recurrence.QUARTER ? chineseName() : start.getMonthValue() + "月";
  }

  /** 月度任务 / 季度任务. */
  public String taskKind() {
    return recurrence.chineseName() + "任务";
  }
}
