package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_ID;

import cn.qijin.audit.ProcessStep;
import cn.qijin.common.TaskInput;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * REC-3: the office decides on an extension ({@link ObligationSteps#decideExtension}). Approval moves the due date
 * and, with it, every pending reminder and escalation timer of this obligation: their dates are recomputed from
 * the variables.
 */
@Component("extensionDecisionListener")
public class ExtensionDecisionListener implements TaskListener {

  private final ObligationSteps steps;

  public ExtensionDecisionListener(ObligationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean approved = in.requiredChoice(EXTENSION_APPROVED, "审批结论");
    String comment = in.optionalText(EXTENSION_COMMENT, "审批意见", 2000);
    steps.decideExtension(in.longVariable(EXTENSION_ID), approved, comment, ProcessStep.ofTask(task))
        .ifPresent(timing -> moveTimers(task, timing));
  }

  private static void moveTimers(DelegateTask task, Map<String, Object> timing) {
    task.getExecution().getProcessInstance().setVariables(timing);
    ObligationTimers.recalculate(task.getProcessEngineServices().getManagementService(), task.getProcessInstanceId());
  }
}
