package cn.qijin.problemreport;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.notification.NotificationOutbox;
import cn.qijin.notification.Recipients;
import cn.qijin.security.Roles;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.Units;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * ORG-1, ORG-2: a report still unhandled at the end of its due day reminds whoever holds it — the office
 * (处理问题) or the leadership group (研究决定) — once, by mail through the outbox; the task stays open.
 */
@Component("problemReportOverdue")
public class ProblemReportOverdue implements TaskListener {

  static final String KIND = "PROBLEM_REPORT_OVERDUE";

  private final ProblemReportRepository reports;
  private final Units units;
  private final Recipients recipients;
  private final NotificationOutbox outbox;
  private final SystemActions system;

  public ProblemReportOverdue(ProblemReportRepository reports, Units units, Recipients recipients,
      NotificationOutbox outbox, SystemActions system) {
    this.reports = reports;
    this.units = units;
    this.recipients = recipients;
    this.outbox = outbox;
    this.system = system;
  }

  @Override
  public void notify(DelegateTask task) {
    ProblemReport report = reports.ofProcess(task.getProcessInstanceId());
    boolean leadership = ProblemReportProcess.DECIDE_TASK.equals(task.getTaskDefinitionKey());
    String group = leadership ? Roles.LEADERSHIP : Roles.OFFICE;
    String unitName = units.find(report.getUnitId()).orElseThrow().getName();
    String body = "单位上报的问题“" + report.getTitle() + "”（" + unitName + "，" + report.getCategory() + "）已超过"
        + (leadership ? "研究决定" : "处理") + "期限，尚未" + (leadership ? "作出决定" : "答复或提请领导小组研究")
        + "。请登录任务列表办理“" + task.getName() + "”。";
    outbox.enqueue(KIND + ":" + report.getId() + ":" + task.getTaskDefinitionKey(), KIND, null,
        system.run(() -> recipients.ofGroup(group)), "【七进】上报问题办理逾期：" + report.getTitle(), body);
  }
}
