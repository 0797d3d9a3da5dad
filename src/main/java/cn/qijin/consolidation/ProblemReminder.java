package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.LAST_REMINDER;
import static cn.qijin.kernel.process.ProcessVariables.NEXT_REMINDER_AT;

import cn.qijin.kernel.CampaignClock;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * REC-2 for a PH-3 problem, as for quarterly tasks: while the owner's rectification task is open, the
 * owner gets an e-mail (through the outbox, once per reminder and recipient) and, in Tasklist, a
 * follow-up date and a comment on the task. While the office is verifying, nobody is reminded. Then
 * the next reminder is placed. The rule is {@link RectificationSteps#remind}'s; this delegate finds the task.
 */
@Component("problemReminder")
public class ProblemReminder implements JavaDelegate {

  static final String RECTIFY_TASK = "RectifyProblemTask";

  private final RectificationSteps steps;

  public ProblemReminder(RectificationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = NEXT_REMINDER_AT.get(execution).toInstant();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(RECTIFY_TASK).singleResult();
    RectificationSteps.Reminder reminder = steps.remind(execution.getProcessInstanceId(), at, task != null);
    reminder.status().ifPresent(status -> {
      task.setFollowUpDate(Date.from(CampaignClock.now()));
      tasks.saveTask(task);
      tasks.createComment(task.getId(), execution.getProcessInstanceId(), "系统提醒：本问题" + status);
      LAST_REMINDER.set(execution, CampaignClock.today() + " 提醒：" + status);
    });
    NEXT_REMINDER_AT.set(execution, Date.from(reminder.nextAt()));
  }
}
