package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.TALK_OUTCOME;
import static cn.qijin.kernel.process.ProcessVariables.URGE_OUTCOME;

import cn.qijin.audit.ProcessStep;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** REC-2: what the office's 督办 (level 2) or the leadership group's 约谈 (level 3) achieved, on the record. */
@Component("escalationOutcomeListener")
public class EscalationOutcomeListener implements TaskListener {

  private final ObligationSteps steps;

  public EscalationOutcomeListener(ObligationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    int level = "TalkWithUnitTask".equals(task.getTaskDefinitionKey()) ? 3 : 2;
    String outcome = level == 3 ? in.requiredText(TALK_OUTCOME, "约谈情况", 2000)
        : in.requiredText(URGE_OUTCOME, "督办情况", 2000);
    steps.recordEscalationOutcome(task.getProcessInstanceId(), level, outcome, ProcessStep.ofTask(task));
  }
}
