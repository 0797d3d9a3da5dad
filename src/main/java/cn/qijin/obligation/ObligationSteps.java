package cn.qijin.obligation;

import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationSession;
import cn.qijin.obligation.internal.ObligationExtension;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.audit.ProcessStep;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.ReviewPolicy;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Quarter;
import cn.qijin.obligation.internal.EscalationRecordRepository;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationExtensionRepository;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.internal.ObligationSessionRepository;
import cn.qijin.security.AccessRules;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.LocalDate;
import java.util.Map;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules behind one obligation's process steps (REC-1..REC-3, ORG-2): its start, the unit's session or
 * request for more time, the office's review and decision. The process's listeners only read the forms and
 * write back the variables returned here; the variables that place timers come as maps built from
 * {@link cn.qijin.kernel.process.ProcessVariables}.
 */
@Service
@Transactional
public class ObligationSteps {

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;
  private final ObligationSessionRepository sessions;
  private final ObligationExtensionRepository extensions;
  private final EscalationRecordRepository escalations;
  private final Campaigns campaigns;
  private final Units units;
  private final EscalationPolicy escalation;
  private final AccessRules access;
  private final EvidenceRecorder recorder;
  private final AuditTrail audit;

  public ObligationSteps(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      ObligationSessionRepository sessions, ObligationExtensionRepository extensions,
      EscalationRecordRepository escalations, Campaigns campaigns, Units units, EscalationPolicy escalation,
      AccessRules access, EvidenceRecorder recorder, AuditTrail audit) {
    this.obligations = obligations;
    this.definitions = definitions;
    this.sessions = sessions;
    this.extensions = extensions;
    this.escalations = escalations;
    this.campaigns = campaigns;
    this.units = units;
    this.escalation = escalation;
    this.access = access;
    this.recorder = recorder;
    this.audit = audit;
  }

  /** What an obligation's process carries from its start: the campaign, the unit, the period and the timers' moments. */
  public record StartedObligation(Campaign campaign, Unit unit, String obligationCode, String obligationTitle,
      Quarter quarter, ObligationPeriod period, LocalDate periodStart, LocalDate periodEnd,
      Map<String, Object> timing) {}

  /** The obligation belongs to this process from now on, and the unit may see and work on it. */
  public StartedObligation start(Long obligationId, String processInstanceId) {
    ObligationEntity obligation = obligations.findById(obligationId).orElseThrow();
    ObligationDefinitionEntity definition = definitionOf(obligation);
    Campaign campaign = campaigns.find(obligation.getCampaignId()).orElseThrow();
    Unit unit = units.find(obligation.getUnitId()).orElseThrow();
    obligation.attachProcess(processInstanceId);
    access.grantUnitInstance(unit.groupId(), processInstanceId);
    return new StartedObligation(campaign, unit, definition.getCode(), definition.getTitle(), obligation.quarter(),
        obligation.period(), obligation.getPeriodStart(), obligation.getPeriodEnd(),
        ObligationVariables.timing(obligation, definition, escalation));
  }

  /** The days a session of this process's obligation may have been held on (see {@link SessionRules}). */
  public record SessionWindow(LocalDate from, LocalDate latest) {}

  @Transactional(readOnly = true)
  public SessionWindow sessionWindow(String processInstanceId) {
    ObligationEntity obligation = obligations.ofProcess(processInstanceId);
    return new SessionWindow(obligation.getPeriodStart(), SessionRules.latestSessionDay(obligation));
  }

  /** The recorded session, its evidence, and the variables of the office's review clock (ORG-2). */
  public record SubmittedSession(Long sessionId, Long evidenceId, boolean onTime, Map<String, Object> reviewTiming) {}

  /**
   * REC-1, REC-2, ORG-2: the unit hands a session to the office. It is judged on time or late now, by the unit's
   * deadline, whenever the office answers; the office's review gets its own due date and reminders.
   */
  public SubmittedSession submitSession(String processInstanceId, SessionRecord record, String uploadIds,
      ProcessStep step) {
    ObligationEntity obligation = obligations.ofProcess(processInstanceId);
    ObligationSession session = sessions.save(new ObligationSession(obligation.getId(), record,
        ObligationSession.State.SUBMITTED, step.actorOrSystem(), CampaignClock.now()));
    ObligationDefinitionEntity definition = definitionOf(obligation);
    ReviewPolicy policy = campaigns.find(obligation.getCampaignId()).orElseThrow().reviewPolicy();
    boolean onTime = obligation.submit(session.getSubmittedAt(), policy.reviewDueAt(session.getSubmittedAt()));
    session.judgeOnTime(onTime);
    var facts = new EvidenceRecorder.Facts(obligation.getCampaignId(), obligation.getUnitId(),
        definition.getVenue(), processInstanceId, record.heldOn(), null,
        record.participants(), null, record.summary(), step.actorOrSystem());
    Long evidenceId = recorder.forSession(obligation.getId(), session.getId(), facts, uploadIds).getId();
    audit.record(AuditEntry.of(AuditAction.SESSION_SUBMITTED, AuditSubject.OBLIGATION_SESSION, session.getId())
        .step(step).detail(obligation.getPeriodCode() + "，活动日期 " + record.heldOn() + "，"
            + (onTime ? "按时提交" : "逾期提交") + "，佐证材料 " + evidenceId));
    return new SubmittedSession(session.getId(), evidenceId, onTime,
        ObligationVariables.review(obligation, definition, policy));
  }

  /**
   * REC-3: the unit's due day, while it may still ask to move it. Past the due date it may not; the grace after
   * a returned submission is not a new due date.
   */
  @Transactional(readOnly = true)
  public LocalDate dueDayOpenForExtension(String processInstanceId) {
    ObligationEntity obligation = obligations.ofProcess(processInstanceId);
    LocalDate dueDay = LocalDate.ofInstant(obligation.getDueAt(), CampaignClock.ZONE);
    if (CampaignClock.now().isAfter(obligation.getDueAt())) {
      throw new InvalidInputException("已过到期日 " + dueDay + "，不能再申请延期");
    }
    return dueDay;
  }

  /** REC-3: the unit asks for more time, until a day after its due day; the office decides. Returns the request's id. */
  public Long requestExtension(String processInstanceId, LocalDate until, String reason, ProcessStep step) {
    LocalDate dueDay = dueDayOpenForExtension(processInstanceId);
    ObligationEntity obligation = obligations.ofProcess(processInstanceId);
    ObligationExtension extension = extensions.save(new ObligationExtension(obligation.getId(), reason,
        obligation.getDueAt(), until, step.actorOrSystem(), CampaignClock.now()));
    audit.record(AuditEntry.of(AuditAction.EXTENSION_REQUESTED, AuditSubject.OBLIGATION_EXTENSION, extension.getId())
        .step(step)
        .detail(obligation.getPeriodCode() + "，原到期日 " + dueDay + "，申请延期至 " + until + "：" + reason));
    return extension.getId();
  }

  /**
   * REC-1, REC-2: the office accepts the session (the obligation is fulfilled; late only if the unit submitted it
   * after its deadline) or returns it with a reason, which gives the unit a grace period. Returns, after a return,
   * the variables that resume the unit's reminders and ladder from there.
   */
  public Optional<Map<String, Object>> reviewSession(String processInstanceId, Long sessionId, boolean accepted,
      String comment, ProcessStep step) {
    if (!accepted && comment == null) {
      throw new InvalidInputException("请填写退回原因");
    }
    ObligationEntity obligation = obligations.ofProcess(processInstanceId);
    ObligationSession session = sessions.findById(sessionId)
        .filter(s -> s.getObligationId().equals(obligation.getId()))
        .orElseThrow(() -> new IllegalStateException("Session under review is not of obligation " + obligation.getId()));
    session.review(accepted, comment, step.actorOrSystem(), CampaignClock.now());
    recorder.reviewSession(session.getId(), accepted, comment, step.actorOrSystem());
    audit.record(AuditEntry.of(accepted ? AuditAction.SESSION_ACCEPTED : AuditAction.SESSION_RETURNED,
        AuditSubject.OBLIGATION_SESSION, session.getId()).step(step).detail(comment));
    if (accepted) {
      boolean onTime = session.getOnTime() != null ? session.getOnTime()
          : !session.getSubmittedAt().isAfter(obligation.getDeadlineAt()); // submitted before the upgrade to v4
      obligation.fulfil(onTime, CampaignClock.now());
      return Optional.empty();
    }
    ReviewPolicy policy = campaigns.find(obligation.getCampaignId()).orElseThrow().reviewPolicy();
    obligation.returnToUnit(policy.graceUntil(CampaignClock.now()));
    return Optional.of(ObligationVariables.timing(obligation, definitionOf(obligation), escalation));
  }

  /**
   * REC-3: the office decides on an extension; a refusal needs a reason. Returns, after an approval, the variables
   * that move the due date and, with it, every pending reminder and escalation of the obligation.
   */
  public Optional<Map<String, Object>> decideExtension(Long extensionId, boolean approved, String comment,
      ProcessStep step) {
    if (!approved && comment == null) {
      throw new InvalidInputException("请填写不同意延期的理由");
    }
    ObligationExtension extension = extensions.findById(extensionId).orElseThrow();
    extension.decide(approved, comment, step.actorOrSystem(), CampaignClock.now());
    audit.record(AuditEntry.of(approved ? AuditAction.EXTENSION_APPROVED : AuditAction.EXTENSION_REFUSED,
        AuditSubject.OBLIGATION_EXTENSION, extension.getId()).step(step)
        .detail("延期至 " + extension.getRequestedDueDate() + (comment == null ? "" : "：" + comment)));
    if (!approved) {
      return Optional.empty();
    }
    ObligationEntity obligation = obligations.findById(extension.getObligationId()).orElseThrow();
    obligation.extendTo(CampaignClock.endOfDay(extension.getRequestedDueDate()).toInstant());
    return Optional.of(ObligationVariables.timing(obligation, definitionOf(obligation), escalation));
  }

  /** REC-2: what came of the office's 督办 (level 2) or the leadership group's 约谈 (level 3), with who and when. */
  public void recordEscalationOutcome(String processInstanceId, int level, String outcome, ProcessStep step) {
    escalations.findByObligationIdAndLevel(obligations.ofProcess(processInstanceId).getId(), level).orElseThrow()
        .recordOutcome(outcome, step.actorOrSystem(), CampaignClock.now());
  }

  private ObligationDefinitionEntity definitionOf(ObligationEntity obligation) {
    return definitions.findById(obligation.getDefinitionId()).orElseThrow();
  }
}
