package cn.qijin.checklist;

import static cn.qijin.kernel.process.ProcessVariables.ITEM_ID;
import static cn.qijin.kernel.process.ProcessVariables.PH2_END;
import static cn.qijin.kernel.process.ProcessVariables.PH3_END;
import static cn.qijin.kernel.process.ProcessVariables.RETURN_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;

import cn.qijin.common.TaskInput;
import cn.qijin.audit.ProcessStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-2, ORG-2: the office accepts an item (销号) or returns it with a reason (退回). */
@Component("checklistReviewListener")
public class ChecklistReviewListener implements TaskListener {

  private final ChecklistSteps steps;

  public ChecklistReviewListener(ChecklistSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean accepted = in.requiredChoice(REVIEW_APPROVED, "审核结论");
    String comment = in.optionalText(REVIEW_COMMENT, "审核意见", 2000);
    int returned = steps.review(task.getProcessInstanceId(), in.longVariable(ITEM_ID),
        new ChecklistSteps.Review(accepted, comment), in.dateVariable(PH2_END), UNIT_NAME.orNull(task),
        PH3_END.orNull(task), ProcessStep.ofTask(task));
    RETURN_COUNT.set(task, (long) returned);
  }
}
