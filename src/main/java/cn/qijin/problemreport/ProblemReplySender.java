package cn.qijin.problemreport;

import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGEMENT_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.ANSWER_SOURCE;
import static cn.qijin.kernel.process.ProcessVariables.ANSWER_TEXT;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.NotificationOutbox;
import cn.qijin.notification.Recipients;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ORG-1: the office's reply or the leadership group's decision goes back to the reporting unit — by mail through
 * the outbox (once per report and recipient) and as the unit's task to read it.
 */
@Component("problemReplySender")
public class ProblemReplySender implements JavaDelegate {

  static final String KIND = "PROBLEM_REPORT_REPLY";

  private final ProblemReportRepository reports;
  private final Units units;
  private final Recipients recipients;
  private final NotificationOutbox outbox;
  private final SystemActions system;

  public ProblemReplySender(ProblemReportRepository reports, Units units, Recipients recipients,
      NotificationOutbox outbox, SystemActions system) {
    this.reports = reports;
    this.units = units;
    this.recipients = recipients;
    this.outbox = outbox;
    this.system = system;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ProblemReport report = reports.ofProcess(execution.getProcessInstanceId());
    Unit unit = units.find(report.getUnitId()).orElseThrow();
    String source = report.wasReferred() ? "领导小组研究决定" : "活动办公室答复";
    LocalDate due = CampaignClock.today().plusDays(ProblemReportProcess.ACKNOWLEDGEMENT_DAYS);
    ANSWER_SOURCE.set(execution, source);
    ANSWER_TEXT.set(execution, report.answer());
    ACKNOWLEDGEMENT_DUE_AT.set(execution, CampaignClock.endOfDay(due));
    String body = unit.getName() + "：\n\n贵单位于 " + report.getReportedAt().atZone(CampaignClock.ZONE).toLocalDate()
        + " 上报的问题“" + report.getTitle() + "”已有答复（" + source + "）：\n\n" + report.answer()
        + "\n\n请于 " + due + " 前登录任务列表阅知答复。\n\n“七进”活动办公室";
    outbox.enqueue(KIND + ":" + report.getId(), KIND, null, system.run(() -> recipients.ofUnit(unit)),
        "【七进】上报问题答复：" + report.getTitle(), body);
  }
}
