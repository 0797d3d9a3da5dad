package cn.qijin.checklist;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.common.CampaignClock;
import cn.qijin.common.InvalidInputException;
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
    boolean accepted = in.requiredChoice("reviewApproved", "审核结论");
    String comment = in.optionalText("reviewComment", "审核意见", 2000);
    if (!accepted && comment == null) {
      throw new InvalidInputException("请填写退回原因");
    }
    ChecklistProgress row = progress.ofProcess(task.getProcessInstanceId(), in.longVariable("itemId"));
    row.review(accepted, comment, TaskInput.actor(task), CampaignClock.now());
    recorder.reviewChecklistItem(row.getCampaignId(), row.getUnitId(), row.getItemId(), accepted, comment,
        TaskInput.actor(task));
    task.setVariable("returnCount", (long) row.getReturnCount());
    if (!accepted && CampaignClock.today().isAfter(in.dateVariable("ph2End"))) {
      carryOver.carryReturned(row, (String) task.getVariable("unitName"), (String) task.getVariable("ph3End"));
    }
    audit.record(AuditEntry.of(accepted ? AuditAction.CHECKLIST_ACCEPTED : AuditAction.CHECKLIST_RETURNED,
        AuditSubject.CHECKLIST_ITEM, row.getItemId()).task(task)
        .detail(task.getVariable("itemCode") + (comment == null ? "" : "：" + comment)));
  }
}
