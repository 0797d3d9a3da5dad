package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.CLOSING_NOTE;
import static cn.qijin.kernel.process.ProcessVariables.RECTIFICATION_ACCEPTED;
import static cn.qijin.kernel.process.ProcessVariables.VERIFICATION_COMMENT;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.evidence.EvidenceRecorder;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * PH-3, ORG-2: the office verifies the rectification (验收). Accepting closes the problem with the
 * owner's closing note, the date and who accepted it; returning sends it back with a reason.
 */
@Component("rectificationVerificationListener")
public class RectificationVerificationListener implements TaskListener {

  private static final Logger LOG = LoggerFactory.getLogger(RectificationVerificationListener.class);

  private final ConsolidationRecordRepository records;
  private final EvidenceRecorder evidence;
  private final AuditTrail audit;

  public RectificationVerificationListener(ConsolidationRecordRepository records, EvidenceRecorder evidence,
      AuditTrail audit) {
    this.records = records;
    this.evidence = evidence;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean accepted = in.requiredChoice(RECTIFICATION_ACCEPTED, "验收结论");
    String comment = in.optionalText(VERIFICATION_COMMENT, "验收意见", 2000);
    if (!accepted && comment == null) {
      throw new InvalidInputException("请填写退回原因");
    }
    ConsolidationRecord problem = records.problemOfProcess(task.getProcessInstanceId());
    String actor = TaskInput.actor(task);
    if (accepted) {
      problem.close(in.requiredText(CLOSING_NOTE, "整改情况", 4000), actor, CampaignClock.now());
      LOG.info("Problem {} closed by {}", problem.getId(), actor);
    } else {
      problem.returned();
    }
    audit.record(AuditEntry.of(accepted ? AuditAction.PROBLEM_CLOSED : AuditAction.PROBLEM_RETURNED,
        AuditSubject.CONSOLIDATION_RECORD, problem.getId()).task(task).campaign(problem.getCampaignId())
        .unit(problem.getUnitId()).detail(accepted ? problem.getTitle() : comment));
    evidence.reviewRectification(problem.getId(), accepted, comment, actor);
  }
}
