package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.CLOSING_NOTE;
import static cn.qijin.kernel.process.ProcessVariables.RECTIFICATION_ACCEPTED;
import static cn.qijin.kernel.process.ProcessVariables.VERIFICATION_COMMENT;

import cn.qijin.common.TaskInput;
import cn.qijin.audit.ProcessStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * PH-3, ORG-2: the office verifies the rectification (验收). Accepting closes the problem with the
 * owner's closing note, the date and who accepted it; returning sends it back with a reason.
 */
@Component("rectificationVerificationListener")
public class RectificationVerificationListener implements TaskListener {

  private final RectificationSteps steps;

  public RectificationVerificationListener(RectificationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean accepted = in.requiredChoice(RECTIFICATION_ACCEPTED, "验收结论");
    String comment = in.optionalText(VERIFICATION_COMMENT, "验收意见", 2000);
    // the closing note is the owner's, checked again only when the office accepts it
    String closingNote = accepted ? in.requiredText(CLOSING_NOTE, "整改情况", 4000) : null;
    steps.verify(task.getProcessInstanceId(), new RectificationSteps.Verification(accepted, comment, closingNote),
        ProcessStep.ofTask(task));
  }
}
