package cn.qijin.consolidation;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.Campaigns;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceService;
import cn.qijin.evidence.ReviewState;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import cn.qijin.kernel.Theme;
import cn.qijin.kernel.Venue;
import jakarta.persistence.criteria.Predicate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PH-3: the library of good examples (典型). The office picks them from accepted evidence; the ones it
 * wrote in the consolidation form (possibly without evidence) are in the same library.
 */
@Service
public class GoodExampleService {

  private static final Logger LOG = LoggerFactory.getLogger(GoodExampleService.class);

  private final ConsolidationRecordRepository records;
  private final EvidenceService evidenceService;
  private final Units units;
  private final Campaigns campaigns;
  private final AuditTrail audit;

  public GoodExampleService(ConsolidationRecordRepository records, EvidenceService evidenceService,
      Units units, Campaigns campaigns, AuditTrail audit) {
    this.audit = audit;
    this.records = records;
    this.evidenceService = evidenceService;
    this.units = units;
    this.campaigns = campaigns;
  }

  @Transactional
  public GoodExampleView create(Long campaignId, GoodExampleRequest request, String userId) {
    if (!campaigns.exists(campaignId)) {
      throw new NotFoundException("未找到编号为 " + campaignId + " 的活动");
    }
    String title = ConsolidationService.required(request.title(), "典型经验名称", 200);
    String description = ConsolidationService.optional(request.description(), "经验做法", 4000);
    List<Evidence> chosen = acceptedEvidence(campaignId, request.evidenceIds());
    Set<Long> unitIds = chosen.stream().map(Evidence::getUnitId).collect(Collectors.toSet());
    if (unitIds.size() > 1) {
      throw new InvalidInputException("所选佐证材料来自不同单位，一条典型经验只能来自一个单位，请分别登记");
    }
    Set<Theme> themes = request.themes() == null || request.themes().isBlank()
        ? themesOf(chosen) : Theme.parseList(request.themes());
    Evidence first = chosen.get(0);
    ConsolidationRecord example = records.save(new ConsolidationRecord(campaignId, RecordKind.GOOD_EXAMPLE,
        ConsolidationRecord.Origin.DIRECT, title, description, userId, CampaignClock.now())
        .forUnit(first.getUnitId())
        .placedIn(first.getVenue(), Theme.toCsv(themes), chosen.stream().map(Evidence::getId)
            .collect(Collectors.toCollection(LinkedHashSet::new))));
    LOG.info("Good example {} of campaign {} recorded by {} from evidence {}", example.getId(), campaignId, userId,
        example.getEvidenceIds());
    audit.record(AuditEntry.of(AuditAction.GOOD_EXAMPLE_RECORDED, AuditSubject.CONSOLIDATION_RECORD, example.getId())
        .by(userId).campaign(campaignId).unit(first.getUnitId()).detail(title + "（佐证材料 " + example.getEvidenceIds() + "）"));
    return view(example, true);
  }

  @Transactional(readOnly = true)
  public List<GoodExampleView> browse(LibraryFilter filter) {
    // with the evidence and its file links: the Cockpit page 巩固提升 lists them under each example
    return find(filter).stream().map(r -> view(r, true)).toList();
  }

  @Transactional(readOnly = true)
  public GoodExampleView one(Long id) {
    return view(example(id), true);
  }

  ConsolidationRecord example(Long id) {
    return records.findById(id).filter(r -> r.getKind() == RecordKind.GOOD_EXAMPLE)
        .orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的典型经验"));
  }

  private List<Evidence> acceptedEvidence(Long campaignId, List<Long> ids) {
    if (ids == null || ids.stream().noneMatch(java.util.Objects::nonNull)) {
      throw new InvalidInputException("请至少选择一份审核通过的佐证材料");
    }
    List<Evidence> chosen = new ArrayList<>();
    for (Long id : new LinkedHashSet<>(ids)) {
      if (id == null) {
        continue;
      }
      Evidence e = evidenceService.find(id)
          .orElseThrow(() -> new InvalidInputException("未找到编号为 " + id + " 的佐证材料"));
      if (!e.getCampaignId().equals(campaignId)) {
        throw new InvalidInputException("佐证材料 " + id + " 不属于本活动");
      }
      if (e.getReviewState() != ReviewState.ACCEPTED) {
        throw new InvalidInputException("佐证材料 " + id + " 尚未审核通过（当前：" + e.getReviewState().chineseName()
            + "），典型经验只能从审核通过的佐证材料中选取");
      }
      chosen.add(e);
    }
    return chosen;
  }

  private static Set<Theme> themesOf(List<Evidence> chosen) {
    Set<Theme> themes = EnumSet.noneOf(Theme.class);
    chosen.forEach(e -> themes.addAll(Theme.parseList(e.getThemes())));
    return themes;
  }

  private List<ConsolidationRecord> find(LibraryFilter f) {
    Specification<ConsolidationRecord> spec = (root, query, cb) -> {
      List<Predicate> where = new ArrayList<>();
      where.add(cb.equal(root.get("kind"), RecordKind.GOOD_EXAMPLE));
      if (f.campaign() != null) {
        where.add(cb.equal(root.get("campaignId"), f.campaign()));
      }
      if (has(f.venue())) {
        where.add(cb.equal(root.get("venue"), Venue.parse(f.venue())));
      }
      if (has(f.unit())) {
        Unit unit = units.findByCode(f.unit().trim().toUpperCase())
            .orElseThrow(() -> new NotFoundException("未找到编码为“" + f.unit().trim() + "”的单位"));
        where.add(cb.equal(root.get("unitId"), unit.getId()));
      }
      if (has(f.theme())) {
        Theme theme = Theme.parseList(f.theme()).stream().findFirst().orElseThrow();
        where.add(cb.like(root.get("themes"), "%" + theme.name() + "%"));
      }
      if (has(f.text())) {
        String like = "%" + f.text().trim().toLowerCase().replace("%", "\\%").replace("_", "\\_") + "%";
        where.add(cb.or(cb.like(cb.lower(root.get("title")), like, '\\'),
            cb.like(cb.lower(root.get("detail")), like, '\\')));
      }
      return cb.and(where.toArray(Predicate[]::new));
    };
    return records.findAll(spec, Sort.by("campaignId", "id"));
  }

  private GoodExampleView view(ConsolidationRecord r, boolean withEvidence) {
    Unit unit = r.getUnitId() == null ? null : units.find(r.getUnitId()).orElse(null);
    Venue venue = r.getVenue() != null ? r.getVenue() : unit == null ? null : unit.getVenue();
    List<Long> evidenceIds = List.copyOf(r.getEvidenceIds());
    Long ruleId = records.findFirstBySourceExampleId(r.getId()).map(ConsolidationRecord::getId).orElse(null);
    return new GoodExampleView(r.getId(), r.getCampaignId(), r.getTitle(), r.getDetail(), r.getOrigin().name(),
        r.getOrigin().chineseName(), unit == null ? null : unit.getCode(), unit == null ? null : unit.getName(),
        venue == null ? null : venue.name(), venue == null ? null : venue.chineseName(), r.getThemes(),
        themeNames(r.getThemes()), evidenceIds, evidenceIds.stream().map(id -> "/api/evidence/" + id).toList(), ruleId,
        r.getCreatedBy(), r.getCreatedAt(),
        withEvidence ? evidenceIds.stream().map(evidenceService::one).toList() : null);
  }

  static String themeNames(String csv) {
    if (csv == null || csv.isBlank()) {
      return "";
    }
    return Theme.parseList(csv).stream().map(t -> t.name() + " " + t.chineseName()).collect(Collectors.joining("、"));
  }

  /** Every good example of the filter, for the export, with its campaign's name. */
  /** The library's export is on the audit trail (ORG-2: who took what out, and when). */
  @Transactional
  public void recordExport(LibraryFilter filter, int rows) {
    audit.record(AuditEntry.of(AuditAction.LIBRARY_EXPORTED, AuditSubject.CAMPAIGN, filter.campaign())
        .campaign(filter.campaign()).detail(rows + " 条典型经验"));
  }

  @Transactional(readOnly = true)
  public List<GoodExampleWorkbook.Row> exportRows(LibraryFilter filter) {
    Map<Long, String> campaignNames = campaigns.all().stream()
        .collect(Collectors.toMap(c -> c.getId(), c -> c.getName(), (a, b) -> a));
    return find(filter).stream().map(r -> new GoodExampleWorkbook.Row(view(r, false), campaignNames.get(r.getCampaignId())))
        .toList();
  }

  private static boolean has(String s) {
    return s != null && !s.isBlank();
  }
}
