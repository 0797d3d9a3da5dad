package cn.qijin.mobilisation;

import static cn.qijin.kernel.process.ProcessVariables.ACK_NEXT_REMINDER_AT;
import static cn.qijin.kernel.process.ProcessVariables.ACK_REMINDERS_OVER;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.UnitProcessSubjects;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.template.ReminderPolicy;
import cn.qijin.template.CampaignTemplates;
import cn.qijin.template.TemplateParser;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * PH-1 (issue 11): 签收工作方案 is due at the end of PH-1 and chased like any other deadline, by the campaign
 * template's reminders (REC-2: before the due day, on it, then every N days until signed). Each reminder mails the
 * unit and marks its task in Tasklist ({@link UnitTaskReminder}); none is placed after the end of PH-3.
 */
@Component("planAcknowledgementReminder")
public class PlanAcknowledgementReminder implements JavaDelegate {


  private final UnitProcessSubjects subjects;
  private final CampaignTemplates templates;
  private final TemplateParser parser;
  private final UnitTaskReminder reminder;

  public PlanAcknowledgementReminder(UnitProcessSubjects subjects, CampaignTemplates templates,
      TemplateParser parser, UnitTaskReminder reminder) {
    this.subjects = subjects;
    this.templates = templates;
    this.parser = parser;
    this.reminder = reminder;
  }

  /** Start of the acknowledgement: places the first reminder (a variable of the acknowledgement's scope). */
  public void schedule(DelegateExecution execution) {
    Campaign campaign = subjects.of(execution.getProcessBusinessKey()).campaign();
    ACK_NEXT_REMINDER_AT.setLocal(execution, Date.from(policy(campaign).nextAfter(campaign.schedule().ph1End(),
        CampaignClock.now())));
    ACK_REMINDERS_OVER.setLocal(execution, false);
  }

  @Override
  public void execute(DelegateExecution execution) {
    var subject = subjects.of(execution.getProcessBusinessKey());
    Campaign campaign = subject.campaign();
    Instant at = ACK_NEXT_REMINDER_AT.get(execution).toInstant();
    LocalDate dueDay = campaign.schedule().ph1End();
    String status = ReminderPolicy.status(LocalDate.ofInstant(at, CampaignClock.ZONE), dueDay);
    String unitName = subject.unit().getName();
    reminder.remind(execution, "AcknowledgePlanTask", subject.unit(), new UnitTaskReminder.Message(
        "ACK_REMINDER:" + campaign.getId() + ":" + subject.unit().getId() + ":" + at, "ACK_REMINDER", null,
        "【签收提醒】" + unitName + " 签收工作方案",
        unitName + "：\n\n“" + campaign.getName() + "”工作方案的签收" + status + "。\n请登录任务列表，在“签收工作方案”中签收。"
            + "\n\n安全生产宣传教育“七进”活动办公室",
        "系统提醒：签收工作方案" + status));
    Instant next = policy(campaign).nextAfter(dueDay, at);
    ACK_NEXT_REMINDER_AT.set(execution, Date.from(next));
    ACK_REMINDERS_OVER.set(execution, next.isAfter(CampaignClock.endOfDay(campaign.schedule().ph3End()).toInstant()));
  }

  private ReminderPolicy policy(Campaign campaign) {
    return templates.find(campaign.getTemplateCode(), campaign.getTemplateVersion())
        .map(t -> ReminderPolicy.of(parser.parse(t.getSource()).remindersOrDefault()))
        .orElseThrow(() -> new IllegalStateException("Template " + campaign.getTemplateCode() + " v"
            + campaign.getTemplateVersion() + " of campaign " + campaign.getId() + " not found"));
  }
}
