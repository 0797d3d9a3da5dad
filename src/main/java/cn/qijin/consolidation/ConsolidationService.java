package cn.qijin.consolidation;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.checklist.OpenItemCarriedOver;
import cn.qijin.evidence.EvidenceService;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;

/**
 * PH-3: keeps good examples, standing rules and problems (with owner and due date). Every problem,
 * however it is recorded, is followed to closure by its own rectification process (REC-2 reminders).
 */
@Service
public class ConsolidationService {

  private static final Logger LOG = LoggerFactory.getLogger(ConsolidationService.class);

  private final ConsolidationRecordRepository records;
  private final Units units;
  private final ProblemOwners owners;
  private final ProblemProcesses processes;
  private final EvidenceService evidence;
  private final ObjectMapper json;

  public ConsolidationService(ConsolidationRecordRepository records, Units units, ProblemOwners owners,
      ProblemProcesses processes, EvidenceService evidence, ObjectMapper json) {
    this.records = records;
    this.units = units;
    this.owners = owners;
    this.processes = processes;
    this.evidence = evidence;
    this.json = json;
  }

  /**
   * A checklist item carried into PH-3 becomes a problem of its unit, followed by its own rectification
   * process. Runs synchronously in the carrying transaction: if it fails, the carry-over is rolled back.
   */
  @EventListener
  public void carryOverProblem(OpenItemCarriedOver carried) {
    ProblemOwner owner = owners.byUnitId(carried.unitId());
    ConsolidationRecord problem = records.save(new ConsolidationRecord(carried.campaignId(), RecordKind.PROBLEM,
        ConsolidationRecord.Origin.CARRIED_OVER, "组织实施阶段未完成：" + carried.itemLabel(),
        "组织实施阶段结束时该检查项尚未销号，转入巩固提升阶段整改。", "system", CampaignClock.now())
        .forUnit(carried.unitId()).fromItem(carried.itemId()).ownedBy(carried.unitName(), carried.dueDate())
        .assignedTo(owner.groupId()));
    processes.start(problem);
  }

  /** A problem the office records directly (REST), started at once. */
  ConsolidationRecord recordProblem(Long campaignId, String title, String detail, ProblemOwner owner, LocalDate due,
      String userId) {
    ConsolidationRecord problem = records.save(new ConsolidationRecord(campaignId, RecordKind.PROBLEM,
        ConsolidationRecord.Origin.DIRECT, title, detail, userId, CampaignClock.now())
        .forUnit(owner.unitId()).ownedBy(owner.name(), due).assignedTo(owner.groupId()));
    processes.start(problem);
    return problem;
  }

  /**
   * The office's marks from the consolidation form replace the ones it submitted before (the summary
   * may come back from the leadership group), after checking every row. Rows are matched by kind and
   * title so that what is already under way survives: a problem in rectification keeps its process
   * unless its owner or due date changed (then it starts again); a closed problem, a good example that
   * became a standing rule and a problem with rectification files cannot be removed.
   */
  public List<ConsolidationRecord> replaceOfficeMarks(Long campaignId, String marksJson, LocalDate from, LocalDate to,
      String userId) {
    List<ConsolidationRecord> wanted = parseRows(campaignId, parse(marksJson), from, to, userId);
    List<ConsolidationRecord> previous = new ArrayList<>(
        records.findByCampaignIdAndOriginOrderByIdAsc(campaignId, ConsolidationRecord.Origin.OFFICE));
    List<ConsolidationRecord> kept = new ArrayList<>();
    List<ConsolidationRecord> toStart = new ArrayList<>();
    for (ConsolidationRecord row : wanted) {
      ConsolidationRecord match = previous.stream()
          .filter(p -> p.getKind() == row.getKind() && p.getTitle().equals(row.getTitle())).findFirst().orElse(null);
      if (match == null) {
        ConsolidationRecord saved = records.save(row);
        kept.add(saved);
        if (row.getKind() == RecordKind.PROBLEM) {
          toStart.add(saved);
        }
        continue;
      }
      previous.remove(match);
      if (update(match, row)) {
        toStart.add(match);
      }
      kept.add(match);
    }
    for (ConsolidationRecord gone : previous) {
      remove(gone);
    }
    records.flush();
    toStart.forEach(processes::start);
    return kept;
  }

  /** Applies a resubmitted row to its earlier record; true when a problem's process must start again. */
  private boolean update(ConsolidationRecord earlier, ConsolidationRecord row) {
    earlier.rewrite(row.getTitle(), row.getDetail());
    switch (earlier.getKind()) {
      case GOOD_EXAMPLE -> {
        earlier.forUnit(row.getUnitId());
        earlier.placedIn(row.getVenue(), earlier.getThemes(), earlier.getEvidenceIds());
        return false;
      }
      case STANDING_RULE -> {
        earlier.effectiveFrom(row.getEffectiveDate());
        return false;
      }
      default -> {
        boolean moved = !Objects.equals(earlier.getOwnerGroup(), row.getOwnerGroup())
            || !Objects.equals(earlier.getOwner(), row.getOwner()) || !earlier.getDueDate().equals(row.getDueDate());
        if (!moved) {
          return false;
        }
        if (earlier.isClosed()) {
          throw new InvalidInputException("问题“" + earlier.getTitle() + "”已整改销号，责任单位和整改期限不能再修改");
        }
        processes.withdraw(earlier, "办公室修改了责任单位或整改期限，重新交办");
        earlier.forUnit(row.getUnitId()).ownedBy(row.getOwner(), row.getDueDate()).assignedTo(row.getOwnerGroup());
        return true;
      }
    }
  }

  private void remove(ConsolidationRecord gone) {
    if (gone.getKind() == RecordKind.GOOD_EXAMPLE && records.existsBySourceExampleId(gone.getId())) {
      throw new InvalidInputException("典型经验“" + gone.getTitle() + "”已形成常态化制度，不能从评定内容中删除");
    }
    if (gone.getKind() == RecordKind.PROBLEM) {
      if (gone.isClosed()) {
        throw new InvalidInputException("问题“" + gone.getTitle() + "”已整改销号，不能从问题清单中删除");
      }
      if (evidence.existsForConsolidationRecord(gone.getId())) {
        throw new InvalidInputException("问题“" + gone.getTitle() + "”已有责任单位提交的整改材料，不能删除");
      }
      processes.withdraw(gone, "办公室从问题清单中删除了该问题");
    }
    records.delete(gone);
    LOG.info("Campaign {}: {} {} removed from the office's marks", gone.getCampaignId(), gone.getKind(), gone.getId());
  }

  private List<ConsolidationRecord> parseRows(Long campaignId, ConsolidationMarks marks, LocalDate from, LocalDate to,
      String userId) {
    List<ConsolidationRecord> rows = new ArrayList<>();
    int n = 0;
    for (ConsolidationMarks.GoodExample g : marks.goodExamples()) {
      n++;
      String label = "第 " + n + " 条典型经验的";
      ConsolidationRecord r = new ConsolidationRecord(campaignId, RecordKind.GOOD_EXAMPLE, ConsolidationRecord.Origin.OFFICE,
          required(g.title(), label + "名称", 200), optional(g.detail(), label + "说明", 4000), userId, CampaignClock.now());
      if (g.unitCode() != null && !g.unitCode().isBlank()) {
        Unit unit = units.findByCode(g.unitCode().trim().toUpperCase())
            .orElseThrow(() -> new InvalidInputException(label + "单位编码“" + g.unitCode() + "”不存在"));
        r.forUnit(unit.getId()).placedIn(unit.getVenue(), null, Set.of());
      }
      rows.add(r);
    }
    n = 0;
    for (ConsolidationMarks.StandingRule s : marks.standingRules()) {
      n++;
      String label = "第 " + n + " 条常态化制度的";
      rows.add(new ConsolidationRecord(campaignId, RecordKind.STANDING_RULE, ConsolidationRecord.Origin.OFFICE,
          required(s.title(), label + "名称", 200), required(s.text(), label + "制度内容", 4000), userId, CampaignClock.now())
          .effectiveFrom(date(s.effectiveDate(), label + "施行日期", LocalDate.MIN, LocalDate.MAX)));
    }
    n = 0;
    Set<String> problemTitles = new LinkedHashSet<>();
    for (ConsolidationMarks.Problem p : marks.problems()) {
      n++;
      String label = "第 " + n + " 个问题的";
      String title = required(p.title(), label + "描述", 200);
      if (!problemTitles.add(title)) {
        throw new InvalidInputException("问题“" + title + "”重复列出，请合并为一条");
      }
      ProblemOwner owner = owners.byFormText(required(p.owner(), label + "责任人", 100));
      rows.add(new ConsolidationRecord(campaignId, RecordKind.PROBLEM, ConsolidationRecord.Origin.OFFICE,
          title, optional(p.detail(), label + "说明", 4000), userId, CampaignClock.now())
          .forUnit(owner.unitId()).ownedBy(owner.name(), date(p.dueDate(), label + "整改期限", from, to))
          .assignedTo(owner.groupId()));
    }
    return rows;
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

  static String required(String value, String label, int max) {
    String v = optional(value, label, max);
    if (v == null) {
      throw new InvalidInputException("请填写" + label);
    }
    return v;
  }

  static String optional(String value, String label, int max) {
    if (value == null || value.isBlank()) {
      return null;
    }
    if (value.trim().length() > max) {
      throw new InvalidInputException(label + "不能超过 " + max + " 字");
    }
    return value.trim();
  }

  static LocalDate date(String value, String label, LocalDate from, LocalDate to) {
    if (value == null || value.isBlank()) {
      throw new InvalidInputException("请填写" + label);
    }
    LocalDate d;
    try {
      d = LocalDate.parse(value.trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException(label + "格式不正确，应为 yyyy-MM-dd");
    }
    return within(d, label, from, to);
  }

  static LocalDate within(LocalDate d, String label, LocalDate from, LocalDate to) {
    if (d.isBefore(from) || d.isAfter(to)) {
      throw new InvalidInputException(label + "须在 " + from + " 至 " + to + " 之间");
    }
    return d;
  }
}
