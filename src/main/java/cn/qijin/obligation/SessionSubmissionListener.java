package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_ID;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_DATE;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_ID;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_REASON;
import static cn.qijin.kernel.process.ProcessVariables.PH3_END;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_ID;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_REVIEW_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ACTION;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.Campaigns;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.kernel.process.ProcessVariable;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationExtension;
import cn.qijin.obligation.internal.ObligationExtensionRepository;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.internal.ObligationSession;
import cn.qijin.obligation.internal.ObligationSessionRepository;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The unit's quarterly task: either a session it held (REC-1, to the office's review) or, before the
 * due date, a request for more time (REC-3, to the office's decision).
 */
@Component("sessionSubmissionListener")
public class SessionSubmissionListener implements TaskListener {

  public static final String SESSION = "session";
  public static final String EXTENSION = "extension";

  private final ObligationRepository obligations;
  private final ObligationSessionRepository sessions;
  private final ObligationExtensionRepository extensions;
  private final EvidenceRecorder recorder;
  private final AuditTrail audit;
  private final ObligationDefinitionRepository definitions;
  private final Campaigns campaigns;

  public SessionSubmissionListener(ObligationRepository obligations, ObligationSessionRepository sessions,
      ObligationExtensionRepository extensions, EvidenceRecorder recorder, AuditTrail audit,
      ObligationDefinitionRepository definitions, Campaigns campaigns) {
    this.definitions = definitions;
    this.campaigns = campaigns;
    this.obligations = obligations;
    this.sessions = sessions;
    this.extensions = extensions;
    this.recorder = recorder;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    ObligationEntity obligation = obligations.ofProcess(task.getProcessInstanceId());
    String action = in.requiredOneOf(UNIT_ACTION, "办理方式（记录活动或申请延期）", Set.of(SESSION, EXTENSION));
    // the office's earlier answers belong to the earlier round: the next form shows only the new one
    for (ProcessVariable<?> answer : List.of(SESSION_REVIEW_COMMENT, SESSION_APPROVED, EXTENSION_COMMENT,
        EXTENSION_APPROVED)) {
      answer.set(task, null);
    }
    if (SESSION.equals(action)) {
      SessionRecord record = SessionRules.read(in, obligation);
      ObligationSession session = sessions.save(new ObligationSession(obligation.getId(), record,
          ObligationSession.State.SUBMITTED, TaskInput.actor(task), CampaignClock.now()));
      SESSION_ID.set(task, session.getId());
      ObligationDefinitionEntity definition = definitions.findById(obligation.getDefinitionId()).orElseThrow();
      handToOffice(task, obligation, session, definition);
      var facts = new EvidenceRecorder.Facts(obligation.getCampaignId(), obligation.getUnitId(),
          definition.getVenue(), task.getProcessInstanceId(), record.heldOn(), null,
          record.participants(), null, record.summary(), TaskInput.actor(task));
      EVIDENCE_ID.set(task, recorder.forSession(obligation.getId(), session.getId(), facts,
          EVIDENCE_UPLOADS.orNull(task)).getId());
      audit.record(AuditEntry.of(AuditAction.SESSION_SUBMITTED, AuditSubject.OBLIGATION_SESSION, session.getId())
          .task(task).detail(obligation.getPeriodCode() + "，活动日期 " + record.heldOn() + "，"
              + (session.getOnTime() ? "按时提交" : "逾期提交") + "，佐证材料 " + EVIDENCE_ID.orNull(task)));
    } else {
      requestExtension(task, in, obligation);
    }
  }

  /**
   * REC-2, ORG-2: the submission is judged on time or late now, by the unit's deadline, whenever the office
   * answers; the office's review gets its own due date and reminders.
   */
  private void handToOffice(DelegateTask task, ObligationEntity obligation, ObligationSession session,
      ObligationDefinitionEntity definition) {
    var policy = campaigns.find(obligation.getCampaignId()).orElseThrow().reviewPolicy();
    session.judgeOnTime(obligation.submit(session.getSubmittedAt(), policy.reviewDueAt(session.getSubmittedAt())));
    task.getExecution().getProcessInstance().setVariables(ObligationVariables.review(obligation, definition, policy));
  }

  private void requestExtension(DelegateTask task, TaskInput in, ObligationEntity obligation) {
    // REC-3: an extension moves the due date; the grace after a returned submission is not a new due date
    LocalDate dueDay = LocalDate.ofInstant(obligation.getDueAt(), CampaignClock.ZONE);
    if (CampaignClock.now().isAfter(obligation.getDueAt())) {
      throw new InvalidInputException("已过到期日 " + dueDay + "，不能再申请延期");
    }
    LocalDate until = in.requiredDateAfter(EXTENSION_DATE, "申请延期至", dueDay, in.dateVariable(PH3_END),
        "申请延期至的日期须晚于原到期日 " + dueDay);
    String reason = in.requiredText(EXTENSION_REASON, "延期理由", 2000);
    ObligationExtension extension = extensions.save(new ObligationExtension(obligation.getId(), reason,
        obligation.getDueAt(), until, TaskInput.actor(task), CampaignClock.now()));
    EXTENSION_ID.set(task, extension.getId());
    audit.record(AuditEntry.of(AuditAction.EXTENSION_REQUESTED, AuditSubject.OBLIGATION_EXTENSION, extension.getId())
        .task(task)
        .detail(obligation.getPeriodCode() + "，原到期日 " + dueDay + "，申请延期至 " + until + "：" + reason));
  }
}
