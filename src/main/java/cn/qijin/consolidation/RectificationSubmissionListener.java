package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.CLOSING_NOTE;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static cn.qijin.kernel.process.ProcessVariables.RECTIFICATION_EVIDENCE_ID;
import static cn.qijin.kernel.process.ProcessVariables.RECTIFIED_BY;

import cn.qijin.common.TaskInput;
import cn.qijin.audit.ProcessStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * PH-3: the owner reports how the problem was rectified (整改情况) and may attach files, which become
 * the problem's evidence record in this task's transaction (only a unit owner has evidence: the
 * evidence store is the units' record).
 */
@Component("rectificationSubmissionListener")
public class RectificationSubmissionListener implements TaskListener {

  private final RectificationSteps steps;

  public RectificationSubmissionListener(RectificationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String note = in.requiredText(CLOSING_NOTE, "整改情况", 4000);
    String uploads = in.optionalText(EVIDENCE_UPLOADS, "佐证材料", 4000);
    ProcessStep step = ProcessStep.ofTask(task);
    steps.reportRectification(task.getProcessInstanceId(), note, uploads, step)
        .ifPresent(id -> RECTIFICATION_EVIDENCE_ID.set(task, id));
    RECTIFIED_BY.set(task, step.actorOrSystem());
    EVIDENCE_UPLOADS.set(task, null);
  }
}
