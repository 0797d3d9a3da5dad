package cn.qijin.checklist;

import static cn.qijin.kernel.process.ProcessVariables.ITEM_ID;

import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.security.Roles;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * ORG-2: the office's review of a unit's checklist item (审核落实情况) is due or overdue: an e-mail to the office
 * through the outbox (once per day and recipient) and a follow-up mark with a comment on the task.
 */
@Component("checklistReviewReminder")
public class ChecklistReviewReminder implements JavaDelegate {

  private final ChecklistSteps steps;
  private final UnitTaskReminder reminder;

  public ChecklistReviewReminder(ChecklistSteps steps, UnitTaskReminder reminder) {
    this.steps = steps;
    this.reminder = reminder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long itemId = ITEM_ID.get(execution);
    steps.reviewReminder(execution.getProcessInstanceId(), itemId).ifPresent(message ->
        reminder.remindGroup(execution, reviewTaskOf(execution, itemId), Roles.OFFICE, message));
  }

  /** Each item is a branch of the multi-instance: several 审核落实情况 tasks are open at once; this item's is meant. */
  private static Task reviewTaskOf(DelegateExecution execution, Long itemId) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("ReviewItemTask")
        .list().stream().filter(t -> itemId.equals(ITEM_ID.valueOf(tasks.getVariable(t.getId(), ITEM_ID.name())))).findFirst()
        .orElse(null);
  }
}
