package cn.qijin.mobilisation;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.UnitProcessSubjects;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.organisation.Organisation;
import cn.qijin.template.CampaignTemplates;
import cn.qijin.template.ReminderPolicy;
import cn.qijin.template.TemplateParser;
import cn.qijin.unit.Unit;
import java.time.Instant;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PH-1 (issue 11): when a unit is reminded to sign (签收) the work plan. The acknowledgement is due at the end of
 * PH-1 and chased by the campaign template's reminders (REC-2: before the due day, on it, then every N days until
 * signed); none is placed after the end of PH-3. Unit processes are identified by their business key.
 */
@Service
@Transactional(readOnly = true)
public class PlanAcknowledgementSchedule {

  private final UnitProcessSubjects subjects;
  private final CampaignTemplates templates;
  private final TemplateParser parser;
  private final Organisation organisation;

  public PlanAcknowledgementSchedule(UnitProcessSubjects subjects, CampaignTemplates templates, TemplateParser parser, Organisation organisation) {
    this.organisation = organisation;
    this.subjects = subjects;
    this.templates = templates;
    this.parser = parser;
  }

  /** The first reminder of the unit process's acknowledgement. */
  public Instant firstReminderAt(String businessKey) {
    Campaign campaign = subjects.of(businessKey).campaign();
    return policy(campaign).nextAfter(campaign.schedule().ph1End(), CampaignClock.now());
  }

  /** A reminder to send to the unit, the next one's moment, and whether the reminders are over (past PH-3). */
  public record Reminder(Unit unit, UnitTaskReminder.Message message, Instant nextAt, boolean over) {}

  /** REC-2: the reminder due {@code at}, once per unit and moment, and the next one. */
  public Reminder reminderAt(String businessKey, Instant at) {
    var subject = subjects.of(businessKey);
    Campaign campaign = subject.campaign();
    LocalDate dueDay = campaign.schedule().ph1End();
    String status = ReminderPolicy.status(LocalDate.ofInstant(at, CampaignClock.ZONE), dueDay);
    String unitName = subject.unit().getName();
    UnitTaskReminder.Message message = new UnitTaskReminder.Message(
        "ACK_REMINDER:" + campaign.getId() + ":" + subject.unit().getId() + ":" + at, "ACK_REMINDER", null,
        "【签收提醒】" + unitName + " 签收工作方案",
        unitName + "：\n\n“" + campaign.getName() + "”工作方案的签收" + status + "。\n请登录任务列表，在“签收工作方案”中签收。"
            + "\n\n" + organisation.signature(),
        "系统提醒：签收工作方案" + status);
    Instant next = policy(campaign).nextAfter(dueDay, at);
    boolean over = next.isAfter(CampaignClock.endOfDay(campaign.schedule().ph3End()).toInstant());
    return new Reminder(subject.unit(), message, next, over);
  }

  private ReminderPolicy policy(Campaign campaign) {
    return templates.find(campaign.getTemplateCode(), campaign.getTemplateVersion())
        .map(t -> ReminderPolicy.of(parser.parse(t.getSource()).remindersOrDefault()))
        .orElseThrow(() -> new IllegalStateException("Template " + campaign.getTemplateCode() + " v"
            + campaign.getTemplateVersion() + " of campaign " + campaign.getId() + " not found"));
  }
}
