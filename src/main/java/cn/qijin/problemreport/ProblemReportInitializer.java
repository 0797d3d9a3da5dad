package cn.qijin.problemreport;

import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_ID;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static cn.qijin.kernel.process.ProcessVariables.HANDLING_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.HANDLING_DUE_DATE;
import static cn.qijin.kernel.process.ProcessVariables.REPORTED_BY;
import static cn.qijin.kernel.process.ProcessVariables.REPORTED_ON;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_CATEGORY;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_DESCRIPTION;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_ID;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_TITLE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_CODE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_GROUP;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ID;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;
import static cn.qijin.kernel.process.ProcessVariables.VENUE_NAME;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.CampaignVariables;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.security.AccessRules;
import cn.qijin.security.SystemActions;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * A unit reports a problem (上报问题, ORG-1): checks the start form, records the report with its files for the
 * starting user's unit and running campaign, names the instance after them and lets the unit's staff read it.
 */
@Component("problemReportInitializer")
public class ProblemReportInitializer implements ExecutionListener {

  private final ReportingUnit reporting;
  private final ProblemReportRepository reports;
  private final EvidenceRecorder evidence;
  private final AccessRules access;
  private final SystemActions system;
  private final AuditTrail audit;

  public ProblemReportInitializer(ReportingUnit reporting, ProblemReportRepository reports, EvidenceRecorder evidence,
      AccessRules access, SystemActions system, AuditTrail audit) {
    this.reporting = reporting;
    this.reports = reports;
    this.evidence = evidence;
    this.access = access;
    this.system = system;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    ReportingUnit.Reporter reporter = reporting.of(user == null ? null : user.getUserId());
    TaskInput in = TaskInput.of(execution);
    String title = in.requiredText(REPORT_TITLE, "问题标题", 200);
    String description = in.requiredText(REPORT_DESCRIPTION, "问题描述", 4000);
    String category = in.requiredOneOf(REPORT_CATEGORY, "问题类别", new LinkedHashSet<>(ProblemReportProcess.CATEGORIES));
    String uploads = in.optionalText(EVIDENCE_UPLOADS, "佐证材料", 4000);

    LocalDate today = CampaignClock.today();
    LocalDate handlingDue = today.plusDays(ProblemReportProcess.HANDLING_DAYS);
    ProblemReport report = reports.save(new ProblemReport(reporter.campaign().getId(), reporter.unit().getId(), title,
        description, category, execution.getProcessInstanceId(), reporter.userId(), CampaignClock.now(), handlingDue));
    evidence.forProblemReport(new EvidenceRecorder.Facts(report.getCampaignId(), report.getUnitId(),
            reporter.unit().getVenue(), execution.getProcessInstanceId(), today, null, null, null, title, reporter.userId()),
            uploads)
        .map(Evidence::getId)
        .ifPresent(id -> {
          report.attachEvidence(id);
          EVIDENCE_ID.set(execution, id);
        });

    execution.setProcessBusinessKey(ProblemReportProcess.businessKey(report.getCampaignId(), reporter.unit().getCode(),
        report.getId()));
    execution.setVariables(CampaignVariables.of(reporter.campaign()));
    REPORT_ID.set(execution, report.getId());
    UNIT_ID.set(execution, reporter.unit().getId());
    UNIT_CODE.set(execution, reporter.unit().getCode());
    UNIT_GROUP.set(execution, reporter.unit().groupId());
    UNIT_NAME.set(execution, reporter.unit().getName());
    VENUE_NAME.set(execution, reporter.unit().getVenue().chineseName());
    REPORTED_BY.set(execution, reporter.userId());
    REPORTED_ON.set(execution, today.toString());
    HANDLING_DUE_DATE.set(execution, handlingDue.toString());
    HANDLING_DUE_AT.set(execution, CampaignClock.endOfDay(handlingDue));
    EVIDENCE_UPLOADS.set(execution, null);
    system.run(() -> access.grantUnitInstance(reporter.unit().groupId(), execution.getProcessInstanceId()));
    audit.record(AuditEntry.of(AuditAction.PROBLEM_REPORTED, AuditSubject.PROBLEM_REPORT, report.getId())
        .by(reporter.userId()).campaign(report.getCampaignId()).unit(report.getUnitId())
        .process(execution.getProcessInstanceId()).detail("【" + category + "】" + title));
  }
}
