package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.LAST_REMINDER;
import static cn.qijin.kernel.process.ProcessVariables.NEXT_REMINDER_AT;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.UnitTaskReminder;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * REC-2: a reminder is due. The unit's staff get an e-mail (through the outbox, once per reminder and
 * recipient) and, in Tasklist, a follow-up date and a comment on their open 季度任务 or 月度任务. Then the
 * next reminder is placed. What it says and when is {@link ObligationReminders#unitReminder}'s rule.
 */
@Component("obligationReminder")
public class ObligationReminder implements JavaDelegate {

  private final ObligationReminders reminders;
  private final UnitTaskReminder reminder;

  public ObligationReminder(ObligationReminders reminders, UnitTaskReminder reminder) {
    this.reminders = reminders;
    this.reminder = reminder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Instant at = NEXT_REMINDER_AT.get(execution).toInstant();
    reminders.unitReminder(execution.getProcessInstanceId(), at).ifPresent(due -> {
      reminder.remind(execution, "RecordSessionTask", due.unit(), due.message());
      LAST_REMINDER.set(execution, CampaignClock.today() + " 提醒：" + due.status());
      NEXT_REMINDER_AT.set(execution, Date.from(due.nextAt()));
    });
  }
}
