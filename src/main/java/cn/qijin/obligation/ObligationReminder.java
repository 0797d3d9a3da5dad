package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.LAST_REMINDER;
import static cn.qijin.kernel.process.ProcessVariables.NEXT_REMINDER_AT;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.template.ReminderPolicy;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * REC-2: a reminder is due. The unit's staff get an e-mail (through the outbox, once per reminder and
 * recipient) and, in Tasklist, a follow-up date and a comment on their open 季度任务 or 月度任务. Then the
 * next reminder is placed.
 */
@Component("obligationReminder")
public class ObligationReminder implements JavaDelegate {

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;
  private final Units units;
  private final UnitTaskReminder reminder;

  public ObligationReminder(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      Units units, UnitTaskReminder reminder) {
    this.obligations = obligations;
    this.definitions = definitions;
    this.units = units;
    this.reminder = reminder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ObligationEntity obligation = obligations.ofProcess(execution.getProcessInstanceId());
    if (obligation.getEscalationLevel() >= ObligationLadder.TALK_LEVEL) {
      // 红色约谈 reached since the last reminder: the leadership group follows up, no more mail (the model's
      // 继续提醒？ gateway then ends the reminders)
      return;
    }
    ObligationDefinitionEntity definition = definitions.findById(obligation.getDefinitionId()).orElseThrow();
    Instant at = NEXT_REMINDER_AT.get(execution).toInstant();
    LocalDate dueDay = ObligationVariables.dueDay(obligation);
    String status = ReminderPolicy.status(LocalDate.ofInstant(at, CampaignClock.ZONE), dueDay);
    Unit unit = units.find(obligation.getUnitId()).orElseThrow();
    ObligationPeriod period = obligation.period();
    String kind = period.taskKind();
    String what = definition.getCode() + " " + period.chineseName() + "：" + definition.getTitle();
    reminder.remind(execution, "RecordSessionTask", unit, new UnitTaskReminder.Message(
        "REMINDER:" + obligation.getId() + ":" + at, "REMINDER", obligation.getId(),
        "【" + kind + "提醒】" + unit.getName() + " " + definition.getCode() + " " + period.chineseName(),
        unit.getName() + "：\n\n您单位的" + kind + "“" + what + "”" + status + "。\n请登录任务列表，在“" + kind + "”中记录"
            + period.chineseName() + "开展的活动。\n\n安全生产宣传教育“七进”活动办公室",
        "系统提醒：本" + kind + status));
    LAST_REMINDER.set(execution, CampaignClock.today() + " 提醒：" + status);
    NEXT_REMINDER_AT.set(execution, Date.from(definition.reminderPolicy().nextAfter(dueDay, at)));
  }
}
