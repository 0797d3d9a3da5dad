package cn.qijin.kernel;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/** A calendar quarter, e.g. 2017Q3 = 2017-07-01 … 2017-09-30, called 2017年第三季度. */
public record Quarter(int year, int number) {

  private static final String[] NAMES = {"一", "二", "三", "四"};

  public static Quarter of(LocalDate day) {
    return new Quarter(day.getYear(), (day.getMonthValue() - 1) / 3 + 1);
  }

  public static Quarter parse(String code) {
    return new Quarter(Integer.parseInt(code.substring(0, 4)), Integer.parseInt(code.substring(5)));
  }

  /** Every quarter that overlaps [from, to]. */
  public static List<Quarter> between(LocalDate from, LocalDate to) {
    List<Quarter> quarters = new ArrayList<>();
    for (Quarter q = of(from); !q.start().isAfter(to); q = q.next()) {
      quarters.add(q);
    }
    return quarters;
  }

  public LocalDate start() {
    return LocalDate.of(year, (number - 1) * 3 + 1, 1);
  }

  public LocalDate end() {
    return start().plusMonths(3).minusDays(1);
  }

  public Quarter next() {
    return number == 4 ? new Quarter(year + 1, 1) : new Quarter(year, number + 1);
  }

  public Quarter previous() {
    return number == 1 ? new Quarter(year - 1, 4) : new Quarter(year, number - 1);
  }

  public String code() {
    return year + "Q" + number;
  }

  public String chineseName() {
    return year + "年第" + NAMES[number - 1] + "季度";
  }
}
