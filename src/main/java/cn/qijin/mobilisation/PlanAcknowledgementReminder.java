package cn.qijin.mobilisation;

import static cn.qijin.kernel.process.ProcessVariables.ACK_NEXT_REMINDER_AT;
import static cn.qijin.kernel.process.ProcessVariables.ACK_REMINDERS_OVER;

import cn.qijin.notification.UnitTaskReminder;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * PH-1 (issue 11): 签收工作方案 is due at the end of PH-1 and chased like any other deadline, by the campaign
 * template's reminders (REC-2: before the due day, on it, then every N days until signed). Each reminder mails the
 * unit and marks its task in Tasklist ({@link UnitTaskReminder}); none is placed after the end of PH-3. When is
 * {@link PlanAcknowledgementSchedule}'s rule.
 */
@Component("planAcknowledgementReminder")
public class PlanAcknowledgementReminder implements JavaDelegate {

  private final PlanAcknowledgementSchedule schedule;
  private final UnitTaskReminder reminder;

  public PlanAcknowledgementReminder(PlanAcknowledgementSchedule schedule, UnitTaskReminder reminder) {
    this.schedule = schedule;
    this.reminder = reminder;
  }

  /** Start of the acknowledgement: places the first reminder (a variable of the acknowledgement's scope). */
  public void schedule(DelegateExecution execution) {
    ACK_NEXT_REMINDER_AT.setLocal(execution, Date.from(schedule.firstReminderAt(execution.getProcessBusinessKey())));
    ACK_REMINDERS_OVER.setLocal(execution, false);
  }

  @Override
  public void execute(DelegateExecution execution) {
    PlanAcknowledgementSchedule.Reminder due = schedule.reminderAt(execution.getProcessBusinessKey(),
        ACK_NEXT_REMINDER_AT.get(execution).toInstant());
    reminder.remind(execution, "AcknowledgePlanTask", due.unit(), due.message());
    ACK_NEXT_REMINDER_AT.set(execution, Date.from(due.nextAt()));
    ACK_REMINDERS_OVER.set(execution, due.over());
  }
}
