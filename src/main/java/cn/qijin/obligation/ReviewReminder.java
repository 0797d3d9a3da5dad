package cn.qijin.obligation;

import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.security.Roles;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ORG-2, REC-2: the office's review of a unit's submission is due or overdue. The office gets an e-mail
 * (through the outbox, once per reminder day and recipient) and a follow-up mark on 审核季度活动 (审核月度活动) in Tasklist. The unit is not reminded while the office holds its submission.
 * The message is {@link ObligationReminders#officeReminder}'s.
 */
@Component("reviewReminder")
public class ReviewReminder implements JavaDelegate {

  private final ObligationReminders reminders;
  private final UnitTaskReminder reminder;

  public ReviewReminder(ObligationReminders reminders, UnitTaskReminder reminder) {
    this.reminders = reminders;
    this.reminder = reminder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    reminder.remindGroup(execution, "ReviewSessionTask", Roles.OFFICE,
        reminders.officeReminder(execution.getProcessInstanceId()));
  }
}
