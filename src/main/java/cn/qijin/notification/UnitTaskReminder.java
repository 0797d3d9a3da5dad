package cn.qijin.notification;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.unit.Unit;
import java.util.Collection;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A deadline reminder to a unit (REC-2, PH-1): an e-mail to the unit's address and staff through the outbox (once
 * per reminder and recipient) and, in Tasklist, the follow-up date and a comment on the unit's open task, so that
 * the 已提醒 filter lists it. Used by the quarterly obligations and the plan acknowledgement alike, and for the
 * office's overdue reviews.
 */
@Component
public class UnitTaskReminder {

  private final NotificationOutbox outbox;
  private final Recipients recipients;

  public UnitTaskReminder(NotificationOutbox outbox, Recipients recipients) {
    this.outbox = outbox;
    this.recipients = recipients;
  }

  /** What one reminder says; {@code key} identifies it in the outbox, {@code comment} goes on the task. */
  public record Message(String key, String kind, Long obligationId, String subject, String body, String comment) {}

  public void remind(DelegateExecution execution, String taskDefinitionKey, Unit unit, Message message) {
    send(execution, taskDefinitionKey, recipients.ofUnit(unit), message);
  }

  /** The same for a group's task, e.g. the office's review (ORG-2). */
  public void remindGroup(DelegateExecution execution, String taskDefinitionKey, String groupId, Message message) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    remindGroup(execution, tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).singleResult(), groupId, message);
  }

  /** For a task the caller picked, where one process has several of the same key open (a multi-instance). */
  public void remindGroup(DelegateExecution execution, Task task, String groupId, Message message) {
    send(execution, task, recipients.ofGroup(groupId), message);
  }

  private void send(DelegateExecution execution, String taskDefinitionKey, Collection<String> to, Message message) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    send(execution, tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).singleResult(), to, message);
  }

  private void send(DelegateExecution execution, Task task, Collection<String> to, Message message) {
    outbox.enqueue(message.key(), message.kind(), message.obligationId(), to, message.subject(), message.body());
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    if (task != null) {
      task.setFollowUpDate(Date.from(CampaignClock.now()));
      tasks.saveTask(task);
      tasks.createComment(task.getId(), execution.getProcessInstanceId(), message.comment());
    }
  }
}
