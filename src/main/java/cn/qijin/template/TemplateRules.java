package cn.qijin.template;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Recurrence;
import cn.qijin.kernel.Venue;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Issue 14 part 5: what a template version the office writes must hold, every fault at once — names, the default
 * phases in order, each venue's items (unique codes, a title, a theme), the recurring obligations (a known period,
 * at least one session, a theme, unique codes) and the reminder and review settings the parser also checks.
 */
final class TemplateRules {

  private static final Pattern CODE = Pattern.compile("[A-Z0-9-]{2,20}");
  private static final int MESSAGE_LINES = 5;

  private TemplateRules() {}

  static void check(TemplateDocument doc) {
    List<String> faults = new ArrayList<>();
    text(faults, doc.name(), "模板名称", 200, true);
    text(faults, doc.issuer(), "发文单位", 200, false);
    text(faults, doc.documentNumber(), "方案文号", 100, false);
    phases(faults, doc.phases());
    Set<String> codes = new HashSet<>();
    Map<Venue, List<TemplateDocument.Item>> venues = doc.venues() == null ? Map.of() : doc.venues();
    for (Map.Entry<Venue, List<TemplateDocument.Item>> venue : venues.entrySet()) {
      List<TemplateDocument.Item> items = venue.getValue() == null ? List.of() : venue.getValue();
      for (int i = 0; i < items.size(); i++) {
        item(faults, codes, items.get(i), venue.getKey().chineseName() + "第 " + (i + 1) + " 项");
      }
    }
    Set<String> obligationCodes = new HashSet<>();
    List<TemplateDocument.Obligation> obligations = doc.obligations() == null ? List.of() : doc.obligations();
    for (int i = 0; i < obligations.size(); i++) {
      obligation(faults, obligationCodes, obligations.get(i), "第 " + (i + 1) + " 项周期任务");
    }
    if (!faults.isEmpty()) {
      throw new InvalidInputException("活动模板有误（" + faults.size() + " 处）："
          + faults.stream().limit(MESSAGE_LINES).collect(Collectors.joining("；"))
          + (faults.size() > MESSAGE_LINES ? "；……" : ""), faults);
    }
  }

  private static void phases(List<String> faults, Map<String, TemplateDocument.PhaseDates> phases) {
    LocalDate previousEnd = null;
    for (String key : List.of("PH1", "PH2", "PH3")) {
      TemplateDocument.PhaseDates p = phases == null ? null : phases.get(key);
      String label = Map.of("PH1", "部署发动", "PH2", "组织实施", "PH3", "巩固提升").get(key) + "阶段";
      if (p == null || p.start() == null || p.end() == null) {
        faults.add("请填写" + label + "的默认开始和结束日期");
        previousEnd = null;
        continue;
      }
      if (p.start().isAfter(p.end())) {
        faults.add(label + "的开始日期不能晚于结束日期");
      }
      if (previousEnd != null && !p.start().isAfter(previousEnd)) {
        faults.add(label + "须在前一阶段结束之后开始");
      }
      previousEnd = p.end();
    }
  }

  private static void item(List<String> faults, Set<String> codes, TemplateDocument.Item item, String where) {
    if (item == null) {
      faults.add(where + "：内容为空");
      return;
    }
    String code = code(faults, item.code(), where);
    if (code != null && !codes.add(code)) {
      faults.add(where + "：检查项编号“" + code + "”重复");
    }
    text(faults, item.title(), where + "的名称", 200, true);
    text(faults, item.description(), where + "的说明", 2000, false);
    if (item.themes() == null || item.themes().isEmpty()) {
      faults.add(where + "：请至少选择一个宣传主题（T1–T6）");
    }
  }

  private static void obligation(List<String> faults, Set<String> codes, TemplateDocument.Obligation o, String where) {
    if (o == null) {
      faults.add(where + "：内容为空");
      return;
    }
    String code = code(faults, o.code(), where);
    if (code != null && !codes.add(code)) {
      faults.add(where + "：编号“" + code + "”重复");
    }
    if (o.venue() == null) {
      faults.add(where + "：请选择场所类型");
    }
    if (Recurrence.fromTemplate(o.period()).isEmpty()) {
      faults.add(where + "：周期须为每季度（QUARTER）或每月（MONTH）");
    }
    if (o.minCount() < 1 || o.minCount() > 99) {
      faults.add(where + "：每期至少次数须为 1–99");
    }
    text(faults, o.title(), where + "的名称", 200, true);
    if (o.themes() == null || o.themes().isEmpty()) {
      faults.add(where + "：请至少选择一个宣传主题（T1–T6）");
    }
  }

  private static String code(List<String> faults, String raw, String where) {
    String code = raw == null ? "" : raw.trim();
    if (code.isEmpty()) {
      faults.add(where + "：请填写编号");
      return null;
    }
    if (!CODE.matcher(code).matches()) {
      faults.add(where + "：编号“" + code + "”须为 2–20 位大写字母、数字或短横线，如 SCH-1");
      return null;
    }
    return code;
  }

  private static void text(List<String> faults, String value, String label, int max, boolean required) {
    if (value == null || value.isBlank()) {
      if (required) {
        faults.add("请填写" + label);
      }
    } else if (value.length() > max) {
      faults.add(label + "不能超过 " + max + " 字");
    }
  }
}
