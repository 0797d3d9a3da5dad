package cn.qijin.checklist;

import static cn.qijin.kernel.process.ProcessVariables.ITEM_CODE;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_ID;
import static cn.qijin.kernel.process.ProcessVariables.PH2_END;
import static cn.qijin.kernel.process.ProcessVariables.PH3_END;
import static cn.qijin.kernel.process.ProcessVariables.RETURN_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.checklist.internal.ChecklistProgressEntity;
import cn.qijin.checklist.internal.ChecklistProgressRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.evidence.EvidenceRecorder;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-2, ORG-2: the office accepts an item (销号) or returns it with a reason (退回). */
@Component("checklistReviewListener")
public class ChecklistReviewListener implements TaskListener {

  private final ChecklistProgressRepository progress;
  private final EvidenceRecorder recorder;
  private final AuditTrail audit;
  private final CarryOverOpenItems carryOver;

  public ChecklistReviewListener(ChecklistProgressRepository progress, EvidenceRecorder recorder,
      AuditTrail audit, CarryOverOpenItems carryOver) {
    this.carryOver = carryOver;
    this.progress = progress;
    this.recorder = recorder;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean accepted = in.requiredChoice(REVIEW_APPROVED, "审核结论");
    String comment = in.optionalText(REVIEW_COMMENT, "审核意见", 2000);
    if (!accepted && comment == null) {
      throw new InvalidInputException("请填写退回原因");
    }
    ChecklistProgressEntity row = progress.ofProcess(task.getProcessInstanceId(), in.longVariable(ITEM_ID));
    row.review(accepted, comment, TaskInput.actor(task), CampaignClock.now());
    recorder.reviewChecklistItem(row.getCampaignId(), row.getUnitId(), row.getItemId(), accepted, comment,
        TaskInput.actor(task));
    RETURN_COUNT.set(task, (long) row.getReturnCount());
    if (!accepted && CampaignClock.today().isAfter(in.dateVariable(PH2_END))) {
      carryOver.carryReturned(row, UNIT_NAME.orNull(task), PH3_END.orNull(task));
    }
    audit.record(AuditEntry.of(accepted ? AuditAction.CHECKLIST_ACCEPTED : AuditAction.CHECKLIST_RETURNED,
        AuditSubject.CHECKLIST_ITEM, row.getItemId()).task(task)
        .detail(ITEM_CODE.orNull(task) + (comment == null ? "" : "：" + comment)));
  }
}
