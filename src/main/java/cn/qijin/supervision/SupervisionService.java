package cn.qijin.supervision;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.Campaign;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.ForbiddenException;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Quarter;
import cn.qijin.organisation.Organisation;
import cn.qijin.security.CurrentUser;
import cn.qijin.supervision.internal.NoticeAcknowledgement;
import cn.qijin.supervision.internal.NoticeAcknowledgementRepository;
import cn.qijin.supervision.internal.SupervisionRound;
import cn.qijin.supervision.internal.SupervisionRoundRepository;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What the office, the leadership group and the units read of the quarterly supervision (ORG-2). */
@Service
public class SupervisionService {

  private final SupervisionRoundRepository roundRepository;
  private final SupervisionRounds rounds;
  private final NoticeAcknowledgementRepository acknowledgements;
  private final QuarterAggregator aggregator;
  private final SupervisionStarter starter;
  private final Units units;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final NoticeAtApproval atApproval;
  private final Organisation organisation;

  public SupervisionService(SupervisionRoundRepository roundRepository, SupervisionRounds rounds,
      NoticeAcknowledgementRepository acknowledgements, QuarterAggregator aggregator, SupervisionStarter starter,
      Units units, CurrentUser currentUser, AuditTrail audit, NoticeAtApproval atApproval, Organisation organisation) {
    this.organisation = organisation;
    this.audit = audit;
    this.atApproval = atApproval;
    this.roundRepository = roundRepository;
    this.rounds = rounds;
    this.acknowledgements = acknowledgements;
    this.aggregator = aggregator;
    this.starter = starter;
    this.units = units;
    this.currentUser = currentUser;
  }

  public record RoundView(Long id, Long campaignId, String quarterCode, String quarterName, String state,
      String stateName, String processInstanceId, String startedBy, Instant startedAt, String documentNumber,
      String title, LocalDate issueDate, Instant circulatedAt, Instant acknowledgementDueAt, String reportedTo,
      LocalDate reportedOn, String reportMethod, String reportNumber, String reportedBy, int acknowledgements,
      int acknowledged, int acknowledgedLate) {

    static RoundView of(SupervisionRound r, List<NoticeAcknowledgement> acks) {
      return new RoundView(r.getId(), r.getCampaignId(), r.getQuarterCode(),
          Quarter.parse(r.getQuarterCode()).chineseName(), r.getState().name(), r.getState().chineseName(),
          r.getProcessInstanceId(), r.getStartedBy(), r.getStartedAt(), r.getDocumentNumber(), r.getTitle(),
          r.getIssueDate(), r.getCirculatedAt(), r.getAcknowledgementDueAt(), r.getReportedTo(), r.getReportedOn(),
          r.getReportMethod(), r.getReportNumber(), r.getReportedBy(), acks.size(),
          (int) acks.stream().filter(NoticeAcknowledgement::isAcknowledged).count(),
          (int) acks.stream().filter(NoticeAcknowledgement::isLate).count());
    }

    /** What a unit may see of the round: not the report upward nor how the office drafted it. */
    RoundView forUnits() {
      return new RoundView(id, campaignId, quarterCode, quarterName, state, stateName, null, null, null,
          documentNumber, title, issueDate, circulatedAt, acknowledgementDueAt, null, null, null, null, null, 0, 0, 0);
    }
  }

  public record NamedView(String unitCode, String unitName, String reason) {}

  public record NoticeView(String documentNumber, String title, String addressee, String body, boolean proposed,
      List<String> commended, List<String> commendedNames, List<NamedView> named, String leadershipOpinion,
      int returnCount) {

    /** The circulated notice as the units read it: without the leadership group's internal opinion. */
    NoticeView forUnits() {
      return new NoticeView(documentNumber, title, addressee, body, false, commended, commendedNames, named, null, 0);
    }
  }

  public record AcknowledgementView(String unitCode, String unitName, Instant dueAt, Instant acknowledgedAt,
      String acknowledgedBy, String comment, boolean late, int remindersSent) {}

  /**
   * A round as its forms show it: the summary (office and leadership only), the notice or the system's proposal,
   * and, while the notice awaits approval, what has changed since it was drafted.
   */
  public record RoundDetail(RoundView round, QuarterSummary summary, NoticeView notice,
      List<AcknowledgementView> acknowledgements, List<String> reportMethods, SinceDraft sinceDraft) {}

  /**
   * Issue 11, point 10: what approving now changes in the notice (the figures and the reasons the system wrote)
   * and what the office wrote that no longer matches the units' state (approval refused until it is revised).
   */
  public record SinceDraft(List<String> changes, List<String> conflicts) {}

  @Transactional
  public RoundView start(Long campaignId, String quarterCode) {
    return view(starter.startByOffice(aggregator.campaign(campaignId), quarterCode, currentUser.userId()));
  }

  @Transactional(readOnly = true)
  public List<RoundView> list(Long campaignId) {
    aggregator.campaign(campaignId);
    return roundRepository.findByCampaignIdOrderByQuarterCodeDesc(campaignId).stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public RoundDetail detail(Long roundId) {
    SupervisionRound round = readable(roundId);
    boolean supervisor = currentUser.isOffice() || currentUser.isLeadership();
    QuarterSummary summary = round.getSummaryJson() == null ? null : rounds.summaryOf(round);
    List<Unit> all = units.all();
    List<NoticeAcknowledgement> acks = acknowledgements.findByRoundIdOrderByIdAsc(round.getId());
    RoundView view = RoundView.of(round, acks);
    NoticeView notice = notice(round, summary, namesByCode(all));
    if (!supervisor) {
      return new RoundDetail(view.forUnits(), null, notice == null ? null : notice.forUnits(), List.of(), List.of(),
          null);
    }
    SinceDraft sinceDraft = null;
    if (round.getState() == RoundState.AWAITING_APPROVAL) {
      NoticeRefresh.Refreshed preview = atApproval.preview(round);
      sinceDraft = new SinceDraft(preview.changes(), preview.conflicts());
    }
    return new RoundDetail(view, summary, notice, acknowledgementsOf(acks, all),
        ReportUpwardListener.METHODS.stream().sorted().toList(), sinceDraft);
  }

  /** ORG-2 汇总 at any moment, for a quarter of the campaign, optionally one unit's line only. */
  @Transactional(readOnly = true)
  public QuarterSummary liveSummary(Long campaignId, String quarterCode, String unitCode) {
    Campaign campaign = aggregator.campaign(campaignId);
    QuarterSummary summary = aggregator.summarise(campaignId, QuarterAggregator.quarterOf(campaign, quarterCode));
    if (unitCode == null || unitCode.isBlank()) {
      return summary;
    }
    String code = unitCode.trim().toUpperCase();
    units.withCode(code);
    List<VenueQuarterSummary> venues = summary.venues().stream()
        .map(v -> v.units().stream().filter(u -> u.unitCode().equals(code)).toList())
        .filter(rows -> !rows.isEmpty())
        .map(rows -> new VenueQuarterSummary(rows.get(0).venue(), rows.get(0).figures(), rows)).toList();
    if (venues.isEmpty()) {
      throw new InvalidInputException("单位“" + code + "”没有参加活动“" + campaign.getName() + "”");
    }
    return new QuarterSummary(summary.campaignId(), summary.campaignName(), summary.issuer(), summary.quarterCode(),
        summary.quarterName(), summary.periodStart(), summary.periodEnd(), summary.generatedAt(), venues,
        venues.get(0).units().get(0).figures(), new ComplianceMatrix(summary.matrix().quarters(),
            summary.matrix().rows().stream().filter(r -> r.unitCode().equals(code)).toList()));
  }

  /** The summary as aggregated for the round (what the notice was drafted and approved on). */
  @Transactional(readOnly = true)
  public QuarterSummary roundSummary(Long roundId) {
    SupervisionRound round = rounds.byId(roundId);
    if (round.getSummaryJson() == null) {
      throw new InvalidInputException("本季度情况尚未汇总");
    }
    return rounds.summaryOf(round);
  }

  /** The Word document's content and the summary its attached ranking is drawn from. */
  public record NoticeFile(NoticeContent content, QuarterSummary summary) {}

  /** The notice for the Word document: the draft (office, leadership) or, once circulated, for the units too. */
  @Transactional(readOnly = true)
  public NoticeFile noticeFile(Long roundId) {
    SupervisionRound round = readable(roundId);
    if (round.getDraftedAt() == null) {
      throw new InvalidInputException("通报尚未起草，暂无可下载的文件");
    }
    QuarterSummary summary = rounds.summaryOf(round);
    NoticeView notice = notice(round, summary, namesByCode(units.all()));
    return new NoticeFile(new NoticeContent(organisation.officeName(summary.issuer()), notice.documentNumber(), notice.title(),
        round.getIssueDate() != null ? round.getIssueDate() : CampaignClock.today(), notice.addressee(),
        List.of(notice.body().split("\\n\\s*\\n")), notice.commendedNames(),
        notice.named().stream().map(n -> new NoticeContent.NamedUnit(n.unitName(), n.reason())).toList(),
        List.of(summary.quarterName() + "各单位安全生产宣传教育“七进”活动情况排名")), summary);
  }

  /** Exports and downloads of the supervision documents are on the audit trail. */
  @Transactional
  public void recordDocument(AuditAction action, QuarterSummary summary, Long roundId) {
    AuditEntry entry = roundId != null ? AuditEntry.of(action, AuditSubject.SUPERVISION_ROUND, roundId)
        : AuditEntry.of(action, AuditSubject.CAMPAIGN, summary.campaignId());
    audit.record(entry.campaign(summary.campaignId()).detail(summary.quarterName()));
  }

  /**
   * ORG-2: who reports the quarter upward, as the workbook's 报送单位 line says it — the office's name and its director
   * from the 组织机构 records (issue 14 part 2).
   */
  @Transactional(readOnly = true)
  public String reportedBy(QuarterSummary summary) {
    return organisation.officeName(summary.issuer())
        + organisation.directorName().map(name -> "（办公室主任：" + name + "）").orElse("");
  }

  private RoundView view(SupervisionRound round) {
    return RoundView.of(round, acknowledgements.findByRoundIdOrderByIdAsc(round.getId()));
  }

  private SupervisionRound readable(Long roundId) {
    SupervisionRound round = rounds.byId(roundId);
    if (currentUser.isOffice() || currentUser.isLeadership()) {
      return round;
    }
    boolean recipient = round.getCirculatedAt() != null && currentUser.unitCodes().stream()
        .map(units::findByCode).flatMap(java.util.Optional::stream)
        .anyMatch(u -> acknowledgements.findByRoundIdAndUnitId(round.getId(), u.getId()).isPresent());
    if (!recipient) {
      throw new ForbiddenException("只能查看已印发给本单位的通报");
    }
    return round;
  }

  private NoticeView notice(SupervisionRound round, QuarterSummary summary, Map<String, String> names) {
    if (round.getDraftedAt() == null) {
      if (summary == null) {
        return null;
      }
      // the office's notices of the year, whatever campaign they belong to
      int sequence = 1 + (int) roundRepository.findAll().stream()
          .filter(r -> r.getIssueDate() != null && r.getIssueDate().getYear() == CampaignClock.today().getYear())
          .count();
      NoticeProposal p = NoticeDrafts.propose(summary, CampaignClock.today(), sequence);
      return view(p, true, names, round);
    }
    return view(rounds.draftOf(round), false, names, round);
  }

  private static NoticeView view(NoticeProposal p, boolean proposed, Map<String, String> names, SupervisionRound r) {
    return new NoticeView(p.documentNumber(), p.title(), p.addressee(), p.body(), proposed, p.commended(),
        p.commended().stream().map(c -> names.getOrDefault(c, c)).toList(),
        p.named().stream().map(n -> new NamedView(n.unitCode(), names.getOrDefault(n.unitCode(), n.unitCode()),
            n.reason())).toList(), r.getLeadershipOpinion(), r.getReturnCount());
  }

  private static Map<String, String> namesByCode(List<Unit> all) {
    return all.stream().collect(Collectors.toMap(Unit::getCode, Unit::getName));
  }

  private static List<AcknowledgementView> acknowledgementsOf(List<NoticeAcknowledgement> acks, List<Unit> all) {
    Map<Long, Unit> byId = all.stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    return acks.stream().map(a -> {
      Unit u = byId.get(a.getUnitId());
      return new AcknowledgementView(u.getCode(), u.getName(), a.getDueAt(), a.getAcknowledgedAt(),
          a.getAcknowledgedBy(), a.getComment(), a.isLate(), a.getRemindersSent());
    }).toList();
  }
}
