package cn.qijin.evidence;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.evidence.internal.EvidenceEntity;
import cn.qijin.evidence.internal.EvidenceFile;
import cn.qijin.evidence.internal.EvidenceFileRepository;
import cn.qijin.evidence.internal.EvidenceRepository;
import cn.qijin.kernel.ForbiddenException;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.kernel.Quarter;
import cn.qijin.security.CurrentUser;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import cn.qijin.kernel.Theme;
import cn.qijin.kernel.Venue;
import jakarta.persistence.criteria.Predicate;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Finding and reading evidence. The office and the leadership group see all of it; a unit's staff
 * only their own unit's. Every download and export is recorded in the audit trail.
 */
@Service
public class EvidenceService {

  public record Search(Long campaign, String unit, String venue, String item, String quarter, String theme,
      String state, LocalDate from, LocalDate to, int page, int size) {}

  private final EvidenceRepository evidence;
  private final EvidenceFileRepository files;
  private final AuditTrail audit;
  private final Units units;
  private final EvidenceItemCodes items;
  private final CurrentUser currentUser;

  public EvidenceService(EvidenceRepository evidence, EvidenceFileRepository files, AuditTrail audit,
      Units units, EvidenceItemCodes items, CurrentUser currentUser) {
    this.evidence = evidence;
    this.files = files;
    this.audit = audit;
    this.units = units;
    this.items = items;
    this.currentUser = currentUser;
  }

  @Transactional(readOnly = true)
  public Page<EvidenceView> search(Search q) {
    Specification<EvidenceEntity> spec = (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      if (!seesAll()) {
        List<Long> own = ownUnitIds();
        where.add(own.isEmpty() ? cb.disjunction() : root.get("unitId").in(own));
      }
      if (q.campaign() != null) {
        where.add(cb.equal(root.get("campaignId"), q.campaign()));
      }
      if (has(q.unit())) {
        where.add(cb.equal(root.get("unitId"), unitByCode(q.unit()).getId()));
      }
      if (has(q.venue())) {
        where.add(cb.equal(root.get("venue"), Venue.parse(q.venue())));
      }
      if (has(q.item())) {
        List<Long> ids = items.idsWithCode(q.item().trim());
        where.add(ids.isEmpty() ? cb.disjunction() : root.get("checklistItemId").in(ids));
      }
      if (has(q.quarter())) {
        Quarter quarter = quarter(q.quarter());
        where.add(cb.between(root.get("heldOn"), quarter.start(), quarter.end()));
      }
      if (has(q.theme())) {
        Theme theme = Theme.parseList(q.theme()).stream().findFirst().orElseThrow();
        where.add(cb.like(root.get("themes"), "%" + theme.name() + "%"));
      }
      if (has(q.state())) {
        where.add(cb.equal(root.get("reviewState"), state(q.state())));
      }
      if (q.from() != null) {
        where.add(cb.greaterThanOrEqualTo(root.get("heldOn"), q.from()));
      }
      if (q.to() != null) {
        where.add(cb.lessThanOrEqualTo(root.get("heldOn"), q.to()));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
    var page = PageRequest.of(Math.max(0, q.page()), Math.min(Math.max(1, q.size()), 200), Sort.by(Sort.Direction.DESC, "id"));
    Page<EvidenceEntity> found = evidence.findAll(spec, page);
    Map<Long, Unit> unitById = units.all().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    return found.map(e -> view(e, unitById.get(e.getUnitId())));
  }

  @Transactional(readOnly = true)
  public EvidenceView one(Long id) {
    EvidenceEntity e = readable(id);
    return view(e, units.find(e.getUnitId()).orElseThrow());
  }

  /** The file and its record, after checking the user may read it; the download is logged. */
  @Transactional
  public Evidence.File fileForDownload(Long fileId) {
    EvidenceFile file = files.findById(fileId).orElseThrow(() -> new NotFoundException("未找到编号为 " + fileId + " 的文件"));
    EvidenceEntity record = readable(file.getEvidenceId());
    audit.record(AuditEntry.of(AuditAction.EVIDENCE_DOWNLOADED, AuditSubject.EVIDENCE_FILE, file.getId())
        .campaign(record.getCampaignId()).unit(record.getUnitId()).process(record.getProcessInstanceId())
        .detail("佐证材料 " + record.getId() + "：" + file.getFileName()));
    return Evidence.File.of(file);
  }

  /** ORG-2: the office exports a unit's or a quarter's evidence; the export is logged. */
  @Transactional
  public List<Evidence> forExport(String unitCode, String quarterCode) {
    if (!has(unitCode) && !has(quarterCode)) {
      throw new InvalidInputException("请指定要导出的单位（unit）或季度（quarter）");
    }
    Long unitId = has(unitCode) ? unitByCode(unitCode).getId() : null;
    Quarter quarter = has(quarterCode) ? quarter(quarterCode) : null;
    Specification<EvidenceEntity> spec = (root, query, cb) -> cb.and(
        unitId == null ? cb.conjunction() : cb.equal(root.get("unitId"), unitId),
        quarter == null ? cb.conjunction() : cb.between(root.get("heldOn"), quarter.start(), quarter.end()));
    List<EvidenceEntity> selected = evidence.findAll(spec, Sort.by("unitId", "id"));
    audit.record(AuditEntry.of(AuditAction.EVIDENCE_EXPORTED, AuditSubject.EVIDENCE, null).unit(unitId)
        .detail("单位：" + (has(unitCode) ? unitCode.trim().toUpperCase() : "全部") + "；季度："
            + (has(quarterCode) ? quarterCode.trim() : "全部") + "；佐证材料 " + selected.size() + " 条"));
    return selected.stream().map(Evidence::of).toList();
  }

  public String unitCodeOf(Long unitId) {
    return units.find(unitId).map(Unit::getCode).orElse("unit" + unitId);
  }

  /** One evidence record, without checking who reads it (other modules check their own rules). */
  @Transactional(readOnly = true)
  public Optional<Evidence> find(Long id) {
    return evidence.findById(id).map(Evidence::of);
  }

  /** The rectification evidence a unit submitted for a consolidation problem, if any. */
  @Transactional(readOnly = true)
  public Optional<Evidence> ofConsolidationRecord(Long consolidationRecordId) {
    return evidence.findByConsolidationRecordId(consolidationRecordId).map(Evidence::of);
  }

  /** The files each unit added to a campaign's evidence in [from, to), by unit id (units without any are absent). */
  @Transactional(readOnly = true)
  public Map<Long, Long> filesAddedPerUnit(Long campaignId, Instant from, Instant to) {
    return evidence.findByCampaignId(campaignId).stream()
        .collect(Collectors.groupingBy(EvidenceEntity::getUnitId, Collectors.summingLong(e -> e.getFiles().stream()
            .filter(f -> !f.getAddedAt().isBefore(from) && f.getAddedAt().isBefore(to)).count())));
  }

  /** Whether a unit has submitted rectification evidence for a consolidation problem. */
  @Transactional(readOnly = true)
  public boolean existsForConsolidationRecord(Long consolidationRecordId) {
    return evidence.existsByConsolidationRecordId(consolidationRecordId);
  }

  private EvidenceEntity readable(Long id) {
    EvidenceEntity e = evidence.findById(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的佐证材料"));
    if (!seesAll() && !ownUnitIds().contains(e.getUnitId())) {
      throw new ForbiddenException("只能查看本单位的佐证材料");
    }
    return e;
  }

  private boolean seesAll() {
    return currentUser.isOffice() || currentUser.isLeadership();
  }

  private List<Long> ownUnitIds() {
    return currentUser.unitCodes().stream().map(units::findByCode).flatMap(java.util.Optional::stream)
        .map(Unit::getId).toList();
  }

  private Unit unitByCode(String code) {
    return units.findByCode(code.trim().toUpperCase()).orElseThrow(() -> new NotFoundException("未找到编码为“" + code + "”的单位"));
  }

  private static Quarter quarter(String code) {
    if (!code.trim().matches("\\d{4}Q[1-4]")) {
      throw new InvalidInputException("季度格式应为 2017Q3 这样的“年份Q季度”");
    }
    return Quarter.parse(code.trim());
  }

  private static ReviewState state(String s) {
    try {
      return ReviewState.valueOf(s.trim().toUpperCase());
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("未知的审核状态“" + s + "”，可选 SUBMITTED、RETURNED、ACCEPTED");
    }
  }

  private static boolean has(String s) {
    return s != null && !s.isBlank();
  }

  private EvidenceView view(EvidenceEntity e, Unit unit) {
    String itemCode = e.getChecklistItemId() == null ? null
        : items.codeOf(e.getChecklistItemId()).orElse(null);
    return new EvidenceView(e.getId(), e.getCampaignId(), unit.getCode(), unit.getName(), e.getVenue().name(),
        e.getVenue().chineseName(), e.getChecklistItemId(), itemCode, e.getObligationId(), e.getObligationSessionId(),
        e.getThemes(), e.getHeldOn(), e.getPlace(), e.getParticipantCount(), e.getSummary(), e.getSubmittedBy(),
        e.getSubmittedAt(), e.getReviewState().name(), e.getReviewState().chineseName(), e.getReviewedBy(),
        e.getReviewedAt(), e.getReviewComment(), e.getProcessInstanceId(),
        e.getFiles().stream().map(EvidenceView.FileView::of).toList());
  }
}
