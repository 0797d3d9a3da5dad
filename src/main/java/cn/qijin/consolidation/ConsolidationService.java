package cn.qijin.consolidation;

import cn.qijin.checklist.ChecklistItem;
import cn.qijin.common.CampaignClock;
import cn.qijin.common.InvalidInputException;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitRepository;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Service;

/** PH-3: keeps good examples, standing rules and problems (with owner and due date). */
@Service
public class ConsolidationService {

  private final ConsolidationRecordRepository records;
  private final UnitRepository units;
  private final ObjectMapper json;

  public ConsolidationService(ConsolidationRecordRepository records, UnitRepository units, ObjectMapper json) {
    this.records = records;
    this.units = units;
    this.json = json;
  }

  public void carryOverProblem(Long campaignId, Long unitId, ChecklistItem item, String unitName, LocalDate dueDate) {
    records.save(new ConsolidationRecord(campaignId, RecordKind.PROBLEM, ConsolidationRecord.Origin.CARRIED_OVER,
        "组织实施阶段未完成：" + item.label(), "组织实施阶段结束时该检查项尚未销号，转入巩固提升阶段整改。", "system",
        CampaignClock.now())
        .forUnit(unitId).fromItem(item.getId()).ownedBy(unitName, dueDate));
  }

  /**
   * Replaces the office's earlier marks of this campaign (the summary may come back from the
   * leadership group) with the ones just submitted, after checking every row.
   */
  public List<ConsolidationRecord> replaceOfficeMarks(Long campaignId, String marksJson, LocalDate from, LocalDate to,
      String userId) {
    ConsolidationMarks marks = parse(marksJson);
    List<ConsolidationRecord> fresh = new ArrayList<>();
    int n = 0;
    for (ConsolidationMarks.GoodExample g : marks.goodExamples()) {
      n++;
      String label = "第 " + n + " 条典型经验的";
      ConsolidationRecord r = new ConsolidationRecord(campaignId, RecordKind.GOOD_EXAMPLE, ConsolidationRecord.Origin.OFFICE,
          required(g.title(), label + "名称", 200), optional(g.detail(), label + "说明", 4000), userId, CampaignClock.now());
      if (g.unitCode() != null && !g.unitCode().isBlank()) {
        Unit unit = units.findByCode(g.unitCode().trim().toUpperCase())
            .orElseThrow(() -> new InvalidInputException(label + "单位编码“" + g.unitCode() + "”不存在"));
        r.forUnit(unit.getId());
      }
      fresh.add(r);
    }
    n = 0;
    for (ConsolidationMarks.StandingRule s : marks.standingRules()) {
      n++;
      String label = "第 " + n + " 条常态化制度的";
      fresh.add(new ConsolidationRecord(campaignId, RecordKind.STANDING_RULE, ConsolidationRecord.Origin.OFFICE,
          required(s.title(), label + "名称", 200), required(s.text(), label + "制度内容", 4000), userId, CampaignClock.now())
          .effectiveFrom(date(s.effectiveDate(), label + "施行日期", LocalDate.MIN, LocalDate.MAX)));
    }
    n = 0;
    for (ConsolidationMarks.Problem p : marks.problems()) {
      n++;
      String label = "第 " + n + " 个问题的";
      fresh.add(new ConsolidationRecord(campaignId, RecordKind.PROBLEM, ConsolidationRecord.Origin.OFFICE,
          required(p.title(), label + "描述", 200), optional(p.detail(), label + "说明", 4000), userId, CampaignClock.now())
          .ownedBy(required(p.owner(), label + "责任人", 100), date(p.dueDate(), label + "整改期限", from, to)));
    }
    records.deleteByCampaignIdAndOrigin(campaignId, ConsolidationRecord.Origin.OFFICE);
    return records.saveAll(fresh);
  }

  private ConsolidationMarks parse(String marksJson) {
    if (marksJson == null || marksJson.isBlank()) {
      return new ConsolidationMarks(List.of(), List.of(), List.of());
    }
    try {
      return json.readValue(marksJson, ConsolidationMarks.class);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("评定内容格式不正确，请刷新页面后重新填写");
    }
  }

  private static String required(String value, String label, int max) {
    String v = optional(value, label, max);
    if (v == null) {
      throw new InvalidInputException("请填写" + label);
    }
    return v;
  }

  private static String optional(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.trim().length() > max) {
      throw new InvalidInputException(label + "不能超过 " + max + " 字");
    }
    return value.trim();
  }

  private static LocalDate date(String value, String label, LocalDate from, LocalDate to) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("请填写" + label);
    }
    LocalDate d;
    try {
      d = LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(label + "格式不正确，应为 yyyy-MM-dd");
    }
    if (d.isBefore(from) || d.isAfter(to)) {
      throw new InvalidInputException(label + "须在 " + from + " 至 " + to + " 之间");
    }
    return d;
  }
}
