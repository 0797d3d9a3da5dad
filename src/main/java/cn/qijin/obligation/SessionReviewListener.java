package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.SESSION_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_ID;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_REVIEW_COMMENT;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.Campaigns;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.internal.ObligationSession;
import cn.qijin.obligation.internal.ObligationSessionRepository;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * REC-1, REC-2: the office accepts a session (the obligation is fulfilled; late only if the unit submitted it
 * after its deadline, whenever the office answers) or returns it, which gives the unit a grace period and
 * resumes its reminders and ladder from there.
 */
@Component("sessionReviewListener")
public class SessionReviewListener implements TaskListener {

  private final ObligationRepository obligations;
  private final ObligationSessionRepository sessions;
  private final EvidenceRecorder recorder;
  private final AuditTrail audit;
  private final Campaigns campaigns;
  private final ObligationDefinitionRepository definitions;
  private final EscalationPolicy escalation;

  public SessionReviewListener(ObligationRepository obligations, ObligationSessionRepository sessions,
      EvidenceRecorder recorder, AuditTrail audit, Campaigns campaigns,
      ObligationDefinitionRepository definitions, EscalationPolicy escalation) {
    this.campaigns = campaigns;
    this.definitions = definitions;
    this.escalation = escalation;
    this.obligations = obligations;
    this.sessions = sessions;
    this.recorder = recorder;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean accepted = in.requiredChoice(SESSION_APPROVED, "审核结论");
    String comment = in.optionalText(SESSION_REVIEW_COMMENT, "审核意见", 2000);
    if (!accepted && comment == null) {
      throw new InvalidInputException("请填写退回原因");
    }
    ObligationEntity obligation = obligations.ofProcess(task.getProcessInstanceId());
    ObligationSession session = sessions.findById(in.longVariable(SESSION_ID))
        .filter(s -> s.getObligationId().equals(obligation.getId()))
        .orElseThrow(() -> new IllegalStateException("Session under review is not of obligation " + obligation.getId()));
    session.review(accepted, comment, TaskInput.actor(task), CampaignClock.now());
    recorder.reviewSession(session.getId(), accepted, comment, TaskInput.actor(task));
    audit.record(AuditEntry.of(accepted ? AuditAction.SESSION_ACCEPTED : AuditAction.SESSION_RETURNED,
        AuditSubject.OBLIGATION_SESSION, session.getId()).task(task).detail(comment));
    if (accepted) {
      boolean onTime = session.getOnTime() != null ? session.getOnTime()
          : !session.getSubmittedAt().isAfter(obligation.getDeadlineAt()); // submitted before the upgrade to v4
      obligation.fulfil(onTime, CampaignClock.now());
      return;
    }
    var policy = campaigns.find(obligation.getCampaignId()).orElseThrow().reviewPolicy();
    obligation.returnToUnit(policy.graceUntil(CampaignClock.now()));
    ObligationDefinitionEntity definition = definitions.findById(obligation.getDefinitionId()).orElseThrow();
    task.getExecution().getProcessInstance().setVariables(ObligationVariables.timing(obligation, definition, escalation));
  }
}
