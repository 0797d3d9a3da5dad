package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.ESCALATED_TO;

import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * REC-2, ORG-2: a problem not closed by its due day is reported to the office (to urge the owner);
 * a problem the office owns itself is reported to the leadership group (ORG-1). Recorded once on the
 * problem, with an e-mail through the outbox and a comment on the owner's task ({@link RectificationSteps#escalate}).
 */
@Component("problemEscalation")
public class ProblemEscalation implements JavaDelegate {

  private final RectificationSteps steps;

  public ProblemEscalation(RectificationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    RectificationSteps.Escalation escalation = steps.escalate(execution.getProcessInstanceId());
    ESCALATED_TO.set(execution, escalation.escalatedTo());
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ProblemReminder.RECTIFY_TASK).singleResult();
    if (task != null) {
      tasks.createComment(task.getId(), execution.getProcessInstanceId(), escalation.taskComment());
    }
  }
}
