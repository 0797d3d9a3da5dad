package cn.qijin.problemreport;

import static cn.qijin.kernel.process.ProcessVariables.DECISION_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.DECISION_DUE_DATE;
import static cn.qijin.kernel.process.ProcessVariables.HANDLING_CHOICE;
import static cn.qijin.kernel.process.ProcessVariables.OFFICE_REPLY;
import static cn.qijin.kernel.process.ProcessVariables.REFERRAL_NOTE;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-2: the office answers a unit's report itself or refers it to the leadership group (ORG-1), with who and when. */
@Component("problemHandlingListener")
public class ProblemHandlingListener implements TaskListener {

  private final ProblemReportRepository reports;
  private final AuditTrail audit;

  public ProblemHandlingListener(ProblemReportRepository reports, AuditTrail audit) {
    this.reports = reports;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String choice = in.requiredOneOf(HANDLING_CHOICE, "处理方式（办公室答复 / 提请领导小组研究）",
        Set.of(ProblemReportProcess.RESOLVE, ProblemReportProcess.REFER));
    ProblemReport report = reports.ofProcess(task.getProcessInstanceId());
    String actor = TaskInput.actor(task);
    AuditEntry entry;
    if (ProblemReportProcess.REFER.equals(choice)) {
      String note = in.requiredText(REFERRAL_NOTE, "提请领导小组研究的意见", 2000);
      report.referToLeadership(note, actor, CampaignClock.now());
      LocalDate decisionDue = CampaignClock.today().plusDays(ProblemReportProcess.DECISION_DAYS);
      DECISION_DUE_DATE.set(task, decisionDue.toString());
      DECISION_DUE_AT.set(task, CampaignClock.endOfDay(decisionDue));
      entry = AuditEntry.of(AuditAction.PROBLEM_REPORT_REFERRED, AuditSubject.PROBLEM_REPORT, report.getId()).detail(note);
    } else {
      String reply = in.requiredText(OFFICE_REPLY, "答复意见", 2000);
      report.answerByOffice(reply, actor, CampaignClock.now());
      entry = AuditEntry.of(AuditAction.PROBLEM_REPORT_ANSWERED, AuditSubject.PROBLEM_REPORT, report.getId()).detail(reply);
    }
    audit.record(entry.task(task).campaign(report.getCampaignId()).unit(report.getUnitId()));
  }
}
