package cn.qijin.dashboard;

import cn.qijin.campaign.Campaign;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Quarter;
import java.time.LocalDate;
import java.util.List;
import java.util.regex.Pattern;

/**
 * The quarters a campaign owes obligations in (REC-1: from the start of PH-2 to the end of PH-3), the one a
 * dashboard shows by default (the quarter of the campaign clock's today, kept inside that range), and a
 * quarter the user asked for, checked.
 */
final class CampaignQuarters {

  private static final Pattern CODE = Pattern.compile("\\d{4}Q[1-4]");

  private final Campaign campaign;
  private final List<Quarter> quarters;

  CampaignQuarters(Campaign campaign) {
    this.campaign = campaign;
    this.quarters = Quarter.between(campaign.schedule().ph2Start(), campaign.schedule().ph3End());
  }

  List<Quarter> all() {
    return quarters;
  }

  Quarter byDefault(LocalDate today) {
    Quarter current = Quarter.of(today);
    if (quarters.contains(current)) {
      return current;
    }
    return today.isBefore(quarters.get(0).start()) ? quarters.get(0) : quarters.get(quarters.size() - 1);
  }

  /** The requested quarter (e.g. 2026Q4), or the default when none was given. */
  Quarter chosen(String requested, LocalDate today) {
    if (requested == null || requested.isBlank()) {
      return byDefault(today);
    }
    String code = requested.trim().toUpperCase();
    if (!CODE.matcher(code).matches()) {
      throw new InvalidInputException("季度格式不正确：“" + requested.trim() + "”，应为年份加季度，如 2026Q4");
    }
    Quarter quarter = Quarter.parse(code);
    if (!quarters.contains(quarter)) {
      throw new InvalidInputException(quarter.chineseName() + "不在活动“" + campaign.getName() + "”的季度任务期间内（"
          + quarters.get(0).chineseName() + "至" + quarters.get(quarters.size() - 1).chineseName() + "）");
    }
    return quarter;
  }
}
