package cn.qijin.campaign;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import java.time.LocalDate;
import java.util.Date;

/** The phase dates of a campaign, calendar days in Asia/Shanghai (PH-1, PH-2, PH-3). */
public record CampaignSchedule(LocalDate ph1Start, LocalDate ph1End, LocalDate ph2Start, LocalDate ph2End,
    LocalDate ph3Start, LocalDate ph3End) {

  /** Refuses missing dates and phases out of order or overlapping, naming the offending pair. */
  public CampaignSchedule validated() {
    require(ph1Start, "部署发动阶段开始日期");
    require(ph1End, "部署发动阶段结束日期");
    require(ph2Start, "组织实施阶段开始日期");
    require(ph2End, "组织实施阶段结束日期");
    require(ph3Start, "巩固提升阶段开始日期");
    require(ph3End, "巩固提升阶段结束日期");
    notAfter(ph1Start, ph1End, "部署发动阶段的开始日期不能晚于结束日期");
    before(ph1End, ph2Start, "组织实施阶段须在部署发动阶段结束之后开始");
    notAfter(ph2Start, ph2End, "组织实施阶段的开始日期不能晚于结束日期");
    before(ph2End, ph3Start, "巩固提升阶段须在组织实施阶段结束之后开始");
    notAfter(ph3Start, ph3End, "巩固提升阶段的开始日期不能晚于结束日期");
    return this;
  }

  /**
   * The phase a day belongs to: PH-1 up to its last day (and before it), PH-3 from its first day, PH-2 between — a
   * gap between two phases counts as the earlier one's, whose work is still open.
   */
  public Phase phaseOn(LocalDate day) {
    if (!day.isAfter(ph1End)) {
      return Phase.PH1;
    }
    return day.isBefore(ph3Start) ? Phase.PH2 : Phase.PH3;
  }

  public Date ph1DueAt() { return CampaignClock.endOfDay(ph1End); }
  public Date ph2StartAt() { return CampaignClock.startOfDay(ph2Start); }
  public Date ph2DueAt() { return CampaignClock.endOfDay(ph2End); }
  /** The moment PH-2 is over: 00:00 of the day after its last day. */
  public Date ph2EndedAt() { return CampaignClock.startOfDay(ph2End.plusDays(1)); }
  public Date ph3StartAt() { return CampaignClock.startOfDay(ph3Start); }
  public Date ph3DueAt() { return CampaignClock.endOfDay(ph3End); }

  private static void require(LocalDate date, String label) {
    if (date == null) {
      throw new InvalidInputException("请填写" + label);
    }
  }

  private static void notAfter(LocalDate a, LocalDate b, String message) {
    if (a.isAfter(b)) {
      throw new InvalidInputException(message + "（" + a + " / " + b + "）");
    }
  }

  private static void before(LocalDate a, LocalDate b, String message) {
    if (!a.isBefore(b)) {
      throw new InvalidInputException(message + "（" + a + " / " + b + "）");
    }
  }
}
