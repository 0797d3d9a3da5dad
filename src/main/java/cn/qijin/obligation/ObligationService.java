package cn.qijin.obligation;

import cn.qijin.kernel.Recurrence;
import cn.qijin.kernel.Quarter;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.ForbiddenException;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.obligation.internal.EscalationRecordEntity;
import cn.qijin.obligation.internal.EscalationRecordRepository;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationExtension;
import cn.qijin.obligation.internal.ObligationExtensionRepository;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.internal.ObligationSession;
import cn.qijin.obligation.internal.ObligationSessionRepository;
import cn.qijin.security.CurrentUser;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** REC-1..REC-3 outside the task forms: the status matrix, exemptions, further sessions, one obligation's record. */
@Service
public class ObligationService {

  private static final Logger LOG = LoggerFactory.getLogger(ObligationService.class);

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;
  private final ObligationSessionRepository sessions;
  private final ObligationExtensionRepository extensions;
  private final EscalationRecordRepository escalations;
  private final Campaigns campaigns;
  private final Units units;
  private final RuntimeService runtime;
  private final SystemActions system;
  private final CurrentUser currentUser;
  private final AuditTrail audit;

  public ObligationService(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      ObligationSessionRepository sessions, ObligationExtensionRepository extensions,
      EscalationRecordRepository escalations, Campaigns campaigns, Units units,
      RuntimeService runtime, SystemActions system, CurrentUser currentUser, AuditTrail audit) {
    this.obligations = obligations;
    this.definitions = definitions;
    this.sessions = sessions;
    this.extensions = extensions;
    this.escalations = escalations;
    this.campaigns = campaigns;
    this.units = units;
    this.runtime = runtime;
    this.system = system;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /**
   * One unit's recurring obligation across the campaign's quarters. A quarterly row has one cell per quarter
   * ({@code quarters}); a monthly row (COM-2, PUB-2) has, per quarter, the cells of its months in order
   * ({@code months}), and no {@code quarters}.
   */
  public record MatrixRow(String unitCode, String unitName, String venueName, String obligationCode,
      Map<String, ObligationView> quarters, String recurrence, String recurrenceName,
      Map<String, List<ObligationView>> months) {

    static MatrixRow of(Unit unit, ObligationDefinitionEntity definition) {
      Recurrence recurrence = definition.recurrence();
      return new MatrixRow(unit.getCode(), unit.getName(), unit.getVenue().chineseName(), definition.getCode(),
          new LinkedHashMap<>(), recurrence.name(), recurrence.chineseName(), new LinkedHashMap<>());
    }

    void add(ObligationView cell) {
      if (Recurrence.valueOf(recurrence) == Recurrence.QUARTER) {
        quarters.put(cell.quarter(), cell);
      } else {
        months.computeIfAbsent(cell.quarter(), q -> new ArrayList<>()).add(cell);
      }
    }

    /** The row's obligations falling in a quarter: its quarter's, or its months'. */
    public List<ObligationView> inQuarter(String quarterCode) {
      ObligationView quarterly = quarters.get(quarterCode);
      return quarterly != null ? List.of(quarterly) : months.getOrDefault(quarterCode, List.of());
    }

    /** Every obligation of the row, in period order. */
    public List<ObligationView> cells() {
      List<ObligationView> all = new ArrayList<>(quarters.values());
      months.values().forEach(all::addAll);
      return all;
    }
  }

  public record Matrix(Long campaignId, List<QuarterColumn> quarters, List<MatrixRow> rows) {}

  public record QuarterColumn(String code, String name, LocalDate dueDate) {}

  /**
   * REC-1, REC-2, COM-2, PUB-2: every obligated unit × quarter of the campaign, monthly obligations by month within
   * their quarter (a unit's staff see their own rows only).
   */
  @Transactional(readOnly = true)
  public Matrix matrix(Long campaignId) {
    Campaign campaign = campaigns.byId(campaignId);
    Map<Long, Unit> unitById = units.all().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    Map<Long, ObligationDefinitionEntity> definitionById = definitions.findByCampaignId(campaignId).stream()
        .collect(Collectors.toMap(ObligationDefinitionEntity::getId, Function.identity()));
    boolean seesAll = currentUser.isOffice() || currentUser.isLeadership();
    List<String> ownUnits = currentUser.unitCodes();
    Instant now = CampaignClock.now();
    Map<String, MatrixRow> rows = new LinkedHashMap<>();
    for (ObligationEntity o : obligations.findByCampaignIdOrderByUnitIdAscPeriodCodeAsc(campaignId)) {
      Unit unit = unitById.get(o.getUnitId());
      if (!seesAll && !ownUnits.contains(unit.getCode())) {
        continue;
      }
      ObligationDefinitionEntity definition = definitionById.get(o.getDefinitionId());
      rows.computeIfAbsent(unit.getCode() + "/" + definition.getCode(), k -> MatrixRow.of(unit, definition))
          .add(ObligationView.of(o, definition.getCode(), now));
    }
    var schedule = campaign.schedule();
    List<QuarterColumn> columns = Quarter.between(schedule.ph2Start(), schedule.ph3End()).stream()
        .map(q -> new QuarterColumn(q.code(), q.chineseName(), q.end())).toList();
    return new Matrix(campaignId, columns, new ArrayList<>(rows.values()));
  }

  /** REC-3: the office exempts a unit for a quarter; reminders and escalations stop at once. */
  @Transactional
  public ObligationView exempt(Long obligationId, String reason) {
    ObligationEntity obligation = byId(obligationId);
    if (reason == null || reason.isBlank()) {
      throw new InvalidInputException("请填写豁免理由");
    }
    if (reason.trim().length() > 2000) {
      throw new InvalidInputException("豁免理由不能超过 2000 字");
    }
    if (obligation.isClosed()) {
      throw new InvalidInputException("本" + obligation.period().taskKind() + "状态为“"
          + ObligationState.valueOf(obligation.getStatus().name()).chineseName() + "”，不能再豁免");
    }
    obligation.exempt(reason.trim(), currentUser.userId(), CampaignClock.now());
    if (obligation.getProcessInstanceId() != null) {
      system.run(() -> runtime.createMessageCorrelation("ObligationExempted")
          .processInstanceId(obligation.getProcessInstanceId()).correlateWithResult());
    }
    audit.record(AuditEntry.of(AuditAction.OBLIGATION_EXEMPTED, AuditSubject.OBLIGATION, obligationId)
        .campaign(obligation.getCampaignId()).unit(obligation.getUnitId()).process(obligation.getProcessInstanceId())
        .detail(obligation.getPeriodCode() + "：" + reason.trim()));
    LOG.info("Obligation {} exempted by {}: {}", obligationId, currentUser.userId(), reason.trim());
    return view(obligation);
  }

  /** REC-1: sessions held after the obligation was fulfilled are kept, not refused. */
  @Transactional
  public ObligationSession recordFurtherSession(Long obligationId, SessionRequest request) {
    ObligationEntity obligation = byId(obligationId);
    requireOwnUnitOrOffice(obligation);
    if (obligation.getStatus() != ObligationStatus.FULFILLED && obligation.getStatus() != ObligationStatus.FULFILLED_LATE) {
      String kind = obligation.period().taskKind();
      throw new InvalidInputException("本" + kind + "尚未履行：请在任务列表的" + kind + "中提交活动，由办公室审核");
    }
    SessionRecord record = request.validated(obligation);
    ObligationSession session = sessions.save(new ObligationSession(obligation.getId(), record,
        ObligationSession.State.ADDITIONAL, currentUser.userId(), CampaignClock.now()));
    audit.record(AuditEntry.of(AuditAction.SESSION_ADDED, AuditSubject.OBLIGATION_SESSION, session.getId())
        .campaign(obligation.getCampaignId()).unit(obligation.getUnitId()).process(obligation.getProcessInstanceId())
        .detail(obligation.getPeriodCode() + "，活动日期 " + record.heldOn()));
    return session;
  }

  public record Detail(ObligationView obligation, String unitCode, String unitName, List<ObligationSession> sessions,
      List<ObligationExtension> extensions, List<EscalationRecordEntity> escalations) {}

  @Transactional(readOnly = true)
  public Detail detail(Long obligationId) {
    ObligationEntity obligation = byId(obligationId);
    requireOwnUnitOrOfficeOrLeadership(obligation);
    Unit unit = units.find(obligation.getUnitId()).orElseThrow();
    return new Detail(view(obligation), unit.getCode(), unit.getName(),
        sessions.findByObligationIdOrderBySubmittedAtAsc(obligationId),
        extensions.findByObligationIdOrderByRequestedAtAsc(obligationId),
        escalations.findByObligationIdOrderByLevelAsc(obligationId));
  }

  private ObligationView view(ObligationEntity o) {
    return ObligationView.of(o, definitions.findById(o.getDefinitionId()).orElseThrow().getCode(), CampaignClock.now());
  }

  private ObligationEntity byId(Long id) {
    return obligations.findById(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的周期任务（季度任务或月度任务）"));
  }

  private void requireOwnUnitOrOffice(ObligationEntity obligation) {
    if (!currentUser.isOffice() && !ownsUnit(obligation)) {
      throw new ForbiddenException("只能办理本单位的季度任务");
    }
  }

  private void requireOwnUnitOrOfficeOrLeadership(ObligationEntity obligation) {
    if (!currentUser.isOffice() && !currentUser.isLeadership() && !ownsUnit(obligation)) {
      throw new ForbiddenException("只能查看本单位的季度任务");
    }
  }

  private boolean ownsUnit(ObligationEntity obligation) {
    String code = units.find(obligation.getUnitId()).orElseThrow().getCode();
    return currentUser.unitCodes().contains(code);
  }
}
