package cn.qijin.audit;

import cn.qijin.audit.internal.AuditEvent;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import jakarta.persistence.criteria.Predicate;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.data.jpa.domain.Specification;

/**
 * The office's filters on the trail, checked: from/to are calendar days in Asia/Shanghai (both
 * inclusive); the unit is given by its code and must exist (resolved by the caller to its id).
 */
public record AuditFilter(LocalDate from, LocalDate to, String actor, Long unitId, String unitCode, AuditAction action,
    Long campaignId, String processInstanceId) {

  /** Parses the request's text parameters; a bad one is refused with a Chinese message. */
  public static AuditFilter parse(String from, String to, String actor, String action, String campaignId,
      String processInstanceId, java.util.function.Function<String, Long> unitIdOfCode, String unitCode) {
    LocalDate fromDay = day(from, "起始日期（from）");
    LocalDate toDay = day(to, "截止日期（to）");
    if (fromDay != null && toDay != null && fromDay.isAfter(toDay)) {
      throw new InvalidInputException("起始日期 " + fromDay + " 不能晚于截止日期 " + toDay);
    }
    String code = blank(unitCode) ? null : unitCode.trim().toUpperCase();
    return new AuditFilter(fromDay, toDay, blank(actor) ? null : actor.trim(), code == null ? null : unitIdOfCode.apply(code),
        code, blank(action) ? null : AuditAction.parse(action), campaign(campaignId),
        blank(processInstanceId) ? null : processInstanceId.trim());
  }

  Specification<AuditEvent> specification() {
    return (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (from != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("occurredAt"), from.atStartOfDay(CampaignClock.ZONE).toInstant()));
      }
      if (to != null) {
        where.add(cb.lessThan(root.get("occurredAt"), to.plusDays(1).atStartOfDay(CampaignClock.ZONE).toInstant()));
      }
      if (actor != null) {
        where.add(cb.equal(root.get("actor"), actor));
      }
      if (unitId != null) {
        where.add(cb.equal(root.get("unitId"), unitId));
      }
      if (action != null) {
        where.add(cb.equal(root.get("action"), action));
      }
      if (campaignId != null) {
        where.add(cb.equal(root.get("campaignId"), campaignId));
      }
      if (processInstanceId != null) {
        where.add(cb.equal(root.get("processInstanceId"), processInstanceId));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
  }

  /** The filters that were set, for the export's own audit entry and its sheet. */
  Map<String, String> described() {
    Map<String, String> set = new LinkedHashMap<>();
    put(set, "起始日期", from);
    put(set, "截止日期", to);
    put(set, "操作人", actor);
    put(set, "单位", unitCode);
    put(set, "操作", action == null ? null : action.chineseName());
    put(set, "活动编号", campaignId);
    put(set, "流程实例", processInstanceId);
    return set;
  }

  String describedText() {
    Map<String, String> set = described();
    return set.isEmpty() ? "无（全部记录）"
        : String.join("；", set.entrySet().stream().map(f -> f.getKey() + "：" + f.getValue()).toList());
  }

  private static void put(Map<String, String> set, String label, Object value) {
    if (value != null) {
      set.put(label, value.toString());
    }
  }

  private static LocalDate day(String text, String label) {
    if (blank(text)) {
      return null;
    }
    try {
      return LocalDate.parse(text.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(label + "格式不正确，应为 yyyy-MM-dd（如 2017-07-01）");
    }
  }

  private static Long campaign(String text) {
    if (blank(text)) {
      return null;
    }
    try {
      return Long.valueOf(text.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("活动编号（campaignId）须为数字");
    }
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
