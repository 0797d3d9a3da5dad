package cn.qijin.problemreport;

import static cn.qijin.kernel.process.ProcessVariables.LEADERSHIP_DECISION;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-1: the leadership group's decision on a referred problem (研究解决共性问题和突出问题), with who and when. */
@Component("leadershipDecisionListener")
public class LeadershipDecisionListener implements TaskListener {

  private final ProblemReportRepository reports;
  private final AuditTrail audit;

  public LeadershipDecisionListener(ProblemReportRepository reports, AuditTrail audit) {
    this.reports = reports;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = TaskInput.of(task).requiredText(LEADERSHIP_DECISION, "研究决定", 4000);
    ProblemReport report = reports.ofProcess(task.getProcessInstanceId());
    report.decideByLeadership(decision, TaskInput.actor(task), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.PROBLEM_REPORT_DECIDED, AuditSubject.PROBLEM_REPORT, report.getId())
        .task(task).campaign(report.getCampaignId()).unit(report.getUnitId()).detail(decision));
  }
}
