package cn.qijin.obligation;

import cn.qijin.obligation.internal.ObligationEntity;
import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.NotBlank;
import cn.qijin.kernel.InvalidInputException;
import java.time.LocalDate;

/** A further session reported through the API (after the quarter's obligation was fulfilled). */
public record SessionRequest(
    @NotNull(message = "请填写活动日期") LocalDate date,
    @NotBlank(message = "请填写活动形式") @Size(max = 100, message = "活动形式不能超过 100 字") String type,
    @NotNull(message = "参加人数须为不小于 0 的整数") @PositiveOrZero(message = "参加人数须为不小于 0 的整数") Long participants,
    @NotBlank(message = "请填写分析的事故案例或培训内容") @Size(max = 2000, message = "分析的事故案例或培训内容不能超过 2000 字") String cases,
    @NotBlank(message = "请填写活动情况") @Size(max = 4000, message = "活动情况不能超过 4000 字") String summary) {

  SessionRecord validated(ObligationEntity obligation) {
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
