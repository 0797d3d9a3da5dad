package cn.qijin.notification;

import cn.qijin.common.CampaignClock;
import cn.qijin.unit.Unit;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * A deadline reminder to a unit (REC-2, PH-1): an e-mail to the unit's address and staff through the outbox (once
 * per reminder and recipient) and, in Tasklist, the follow-up date and a comment on the unit's open task, so that
 * the 已提醒 filter lists it. Used by the quarterly obligations and the plan acknowledgement alike.
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
    outbox.enqueue(message.key(), message.kind(), message.obligationId(), recipients.ofUnit(unit), message.subject(),
        message.body());
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    if (task != null) {
      task.setFollowUpDate(Date.from(CampaignClock.now()));
      tasks.saveTask(task);
      tasks.createComment(task.getId(), execution.getProcessInstanceId(), message.comment());
    }
  }
}
