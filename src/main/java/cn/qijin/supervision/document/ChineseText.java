package cn.qijin.supervision.document;

import java.math.RoundingMode;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.Locale;

/** How dates, times, ordinals and rates are written in the bureau's documents. */
final class ChineseText {

  static final ZoneId BUREAU_ZONE = ZoneId.of("Asia/Shanghai");

  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu年M月d日");
  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("uuuu年M月d日 HH:mm");
  private static final String DIGITS = "零一二三四五六七八九";

  private ChineseText() {}

  /** GB/T 9704-2012 writes dates with Arabic numerals and no leading zeros: 2027年1月8日. */
  static String date(LocalDate day) {
    return DATE.format(day);
  }

  static String period(LocalDate from, LocalDate to) {
    return date(from) + "至" + date(to);
  }

  static String time(Instant instant) {
    return TIME.format(instant.atZone(BUREAU_ZONE));
  }

  /** 1 → 一, 10 → 十, 12 → 十二, 20 → 二十 (section ordinals 一、二、…). */
  static String numeral(int n) {
    if (n < 1 || n > 99) {
      throw new IllegalArgumentException("Chinese numerals are written for 1..99 only, not " + n);
    }
    int tens = n / 10;
    int ones = n % 10;
    String prefix = tens == 0 ? "" : (tens == 1 ? "" : String.valueOf(DIGITS.charAt(tens))) + "十";
    return prefix + (ones == 0 ? "" : String.valueOf(DIGITS.charAt(ones)));
  }

  /** 0.875 → 87.5%, as the workbook's 0.0% format shows it. */
  static String percent(double rate) {
    DecimalFormat format = new DecimalFormat("0.0%", DecimalFormatSymbols.getInstance(Locale.ROOT));
    format.setRoundingMode(RoundingMode.HALF_UP);
    return format.format(rate);
  }

  /**
   * Display width in half-width columns: CJK and full-width characters take two, and so do the dashes, quotes
   * and ellipsis of General Punctuation (— “ ” …), which Chinese fonts draw full width.
   */
  static int width(String text) {
    return text.codePoints().map(ChineseText::columns).sum();
  }

  /**
   * The most characters' width the text takes in any reader's font: Chinese characters one each, other
   * characters 0.7 (a substituted Latin font's letters and digits are wider than the half width of 仿宋_GB2312).
   */
  static double widthAtMost(String text) {
    return text.codePoints().mapToDouble(c -> columns(c) == 2 ? 1 : 0.7).sum();
  }

  private static int columns(int codePoint) {
    return codePoint >= 0x2E80 || (codePoint >= 0x2014 && codePoint <= 0x2026) ? 2 : 1;
  }
}
