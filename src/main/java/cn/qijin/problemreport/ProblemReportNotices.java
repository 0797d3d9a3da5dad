package cn.qijin.problemreport;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.NotificationOutbox;
import cn.qijin.notification.Recipients;
import cn.qijin.organisation.Organisation;
import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.security.Roles;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The mail a reported problem's process sends through the outbox (ORG-1, ORG-2): the answer back to the reporting
 * unit, and the reminder to whoever lets the report go past its due day. Each goes once per report and recipient.
 */
@Service
@Transactional
public class ProblemReportNotices {

  static final String REPLY_KIND = "PROBLEM_REPORT_REPLY";
  static final String OVERDUE_KIND = "PROBLEM_REPORT_OVERDUE";

  private final ProblemReportRepository reports;
  private final Units units;
  private final Recipients recipients;
  private final NotificationOutbox outbox;
  private final SystemActions system;
  private final Organisation organisation;

  public ProblemReportNotices(ProblemReportRepository reports, Units units, Recipients recipients,
      NotificationOutbox outbox, SystemActions system, Organisation organisation) {
    this.organisation = organisation;
    this.reports = reports;
    this.units = units;
    this.recipients = recipients;
    this.outbox = outbox;
    this.system = system;
  }

  /** The answer as the unit's task shows it: who answered, what, and by when the unit is to have read it. */
  public record Reply(String source, String answer, LocalDate acknowledgementDue) {}

  /**
   * ORG-1: the office's reply or the leadership group's decision goes back to the reporting unit by mail; the unit
   * has {@value ProblemReportProcess#ACKNOWLEDGEMENT_DAYS} days to read it in its task.
   */
  public Reply sendReply(String processInstanceId) {
    ProblemReport report = reports.ofProcess(processInstanceId);
    Unit unit = units.find(report.getUnitId()).orElseThrow();
    String source = report.wasReferred() ? "领导小组研究决定" : "活动办公室答复";
    LocalDate due = CampaignClock.today().plusDays(ProblemReportProcess.ACKNOWLEDGEMENT_DAYS);
    String body = unit.getName() + "：\n\n贵单位于 " + report.getReportedAt().atZone(CampaignClock.ZONE).toLocalDate()
        + " 上报的问题“" + report.getTitle() + "”已有答复（" + source + "）：\n\n" + report.answer()
        + "\n\n请于 " + due + " 前登录任务列表阅知答复。\n\n" + organisation.signature();
    outbox.enqueue(REPLY_KIND + ":" + report.getId(), REPLY_KIND, null, system.run(() -> recipients.ofUnit(unit)),
        "【七进】上报问题答复：" + report.getTitle(), body);
    return new Reply(source, report.answer(), due);
  }

  /**
   * ORG-1, ORG-2: a report still unhandled at the end of its due day reminds whoever holds it, once: the leadership
   * group for its decision ({@code taskDefinitionKey} is 研究决定), else the office. The task ({@code taskName}) stays open.
   */
  public void remindOverdue(String processInstanceId, String taskDefinitionKey, String taskName) {
    ProblemReport report = reports.ofProcess(processInstanceId);
    boolean leadership = ProblemReportProcess.DECIDE_TASK.equals(taskDefinitionKey);
    String group = leadership ? Roles.LEADERSHIP : Roles.OFFICE;
    String unitName = units.find(report.getUnitId()).orElseThrow().getName();
    String body = "单位上报的问题“" + report.getTitle() + "”（" + unitName + "，" + report.getCategory() + "）已超过"
        + (leadership ? "研究决定" : "处理") + "期限，尚未" + (leadership ? "作出决定" : "答复或提请领导小组研究")
        + "。请登录任务列表办理“" + taskName + "”。";
    outbox.enqueue(OVERDUE_KIND + ":" + report.getId() + ":" + taskDefinitionKey, OVERDUE_KIND, null,
        system.run(() -> recipients.ofGroup(group)), "【七进】上报问题办理逾期：" + report.getTitle(), body);
  }
}
