package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.SESSION_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_ID;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_REVIEW_COMMENT;

import cn.qijin.audit.ProcessStep;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * REC-1, REC-2: the office accepts or returns a session ({@link ObligationSteps#reviewSession}); after a return the
 * unit's reminders and ladder resume from the variables the service gives back.
 */
@Component("sessionReviewListener")
public class SessionReviewListener implements TaskListener {

  private final ObligationSteps steps;

  public SessionReviewListener(ObligationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean accepted = in.requiredChoice(SESSION_APPROVED, "审核结论");
    String comment = in.optionalText(SESSION_REVIEW_COMMENT, "审核意见", 2000);
    steps.reviewSession(task.getProcessInstanceId(), in.longVariable(SESSION_ID), accepted, comment,
            ProcessStep.ofTask(task))
        .ifPresent(timing -> task.getExecution().getProcessInstance().setVariables(timing));
  }
}
