package cn.qijin.problemreport;

import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGEMENT_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.REPLY_ACKNOWLEDGED;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-1: the reporting unit confirms it has read the answer to its problem; the report is closed. */
@Component("replyAcknowledgementListener")
public class ReplyAcknowledgementListener implements TaskListener {

  private final ProblemReportRepository reports;
  private final AuditTrail audit;

  public ReplyAcknowledgementListener(ProblemReportRepository reports, AuditTrail audit) {
    this.reports = reports;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    if (!in.requiredChoice(REPLY_ACKNOWLEDGED, "已阅知答复")) {
      throw new InvalidInputException("请确认已阅知答复后再提交");
    }
    String comment = in.optionalText(ACKNOWLEDGEMENT_COMMENT, "反馈意见", 2000);
    ProblemReport report = reports.ofProcess(task.getProcessInstanceId());
    report.acknowledge(comment, TaskInput.actor(task), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.PROBLEM_REPORT_ACKNOWLEDGED, AuditSubject.PROBLEM_REPORT, report.getId())
        .task(task).campaign(report.getCampaignId()).unit(report.getUnitId()).detail(comment));
  }
}
