package cn.qijin.obligation;

import cn.qijin.common.InvalidInputException;
import java.time.LocalDate;

/** A further session reported through the API (after the quarter's obligation was fulfilled). */
public record SessionRequest(LocalDate date, String type, Long participants, String cases, String summary) {

  SessionRecord validated(Obligation obligation) {
    LocalDate latest = SessionRules.latestSessionDay(obligation);
    if (date == null) {
      throw new InvalidInputException("请填写活动日期");
    }
    if (date.isBefore(obligation.getPeriodStart()) || date.isAfter(latest)) {
      throw new InvalidInputException("活动日期须在 " + obligation.getPeriodStart() + " 至 " + latest + " 之间");
    }
    if (participants == null || participants < 0) {
      throw new InvalidInputException("参加人数须为不小于 0 的整数");
    }
    return new SessionRecord(date, text(type, "活动形式", 100), participants, text(cases, "分析的事故案例或培训内容", 2000),
        text(summary, "活动情况", 4000));
  }

  private static String text(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("请填写" + label);
    }
    if (value.trim().length() > max) {
      throw new InvalidInputException(label + "不能超过 " + max + " 字");
    }
    return value.trim();
  }
}
