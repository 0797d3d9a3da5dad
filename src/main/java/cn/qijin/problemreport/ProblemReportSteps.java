package cn.qijin.problemreport;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.audit.ProcessStep;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.security.AccessRules;
import cn.qijin.security.SystemActions;
import java.time.LocalDate;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules behind a reported problem's steps (ORG-1): a unit reports it, the office answers it or refers it to
 * the leadership group. The process's listeners read the forms and write back what is returned here.
 */
@Service
@Transactional
public class ProblemReportSteps {

  private final ReportingUnit reporting;
  private final ProblemReportRepository reports;
  private final EvidenceRecorder evidence;
  private final AccessRules access;
  private final SystemActions system;
  private final AuditTrail audit;

  public ProblemReportSteps(ReportingUnit reporting, ProblemReportRepository reports, EvidenceRecorder evidence,
      AccessRules access, SystemActions system, AuditTrail audit) {
    this.reporting = reporting;
    this.reports = reports;
    this.evidence = evidence;
    this.access = access;
    this.system = system;
    this.audit = audit;
  }

  /** The unit and running campaign the user reports for; refused (in Chinese) when there is not exactly one. */
  @Transactional(readOnly = true)
  public ReportingUnit.Reporter reporter(String userId) {
    return reporting.of(userId);
  }

  /** What the unit reported, as checked on its form. */
  public record NewProblem(String title, String description, String category, String uploadIds) {}

  /** The filed report: what its process carries from now on. */
  public record FiledProblem(ProblemReport report, Optional<Long> evidenceId, String businessKey, LocalDate reportedOn,
      LocalDate handlingDue) {}

  /**
   * ORG-1: the report is filed for the reporter's unit and campaign with its evidence; the office has
   * {@value ProblemReportProcess#HANDLING_DAYS} days to handle it, and the unit may follow its process.
   */
  public FiledProblem file(ReportingUnit.Reporter reporter, NewProblem problem, String processInstanceId) {
    LocalDate today = CampaignClock.today();
    LocalDate handlingDue = today.plusDays(ProblemReportProcess.HANDLING_DAYS);
    ProblemReport report = reports.save(new ProblemReport(reporter.campaign().getId(), reporter.unit().getId(),
        problem.title(), problem.description(), problem.category(), processInstanceId, reporter.userId(),
        CampaignClock.now(), handlingDue));
    Optional<Long> evidenceId = evidence.forProblemReport(new EvidenceRecorder.Facts(report.getCampaignId(),
            report.getUnitId(), reporter.unit().getVenue(), processInstanceId, today, null, null, null,
            problem.title(), reporter.userId()), problem.uploadIds())
        .map(Evidence::getId);
    evidenceId.ifPresent(report::attachEvidence);
    system.run(() -> access.grantUnitInstance(reporter.unit().groupId(), processInstanceId));
    audit.record(AuditEntry.of(AuditAction.PROBLEM_REPORTED, AuditSubject.PROBLEM_REPORT, report.getId())
        .by(reporter.userId()).campaign(report.getCampaignId()).unit(report.getUnitId())
        .process(processInstanceId).detail("【" + problem.category() + "】" + problem.title()));
    return new FiledProblem(report, evidenceId,
        ProblemReportProcess.businessKey(report.getCampaignId(), reporter.unit().getCode(), report.getId()),
        today, handlingDue);
  }

  /** ORG-2: the office answers the report itself. */
  public void answerByOffice(String processInstanceId, String reply, ProcessStep step) {
    ProblemReport report = reports.ofProcess(processInstanceId);
    report.answerByOffice(reply, step.actorOrSystem(), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.PROBLEM_REPORT_ANSWERED, AuditSubject.PROBLEM_REPORT, report.getId())
        .detail(reply).step(step).campaign(report.getCampaignId()).unit(report.getUnitId()));
  }

  /**
   * ORG-2, ORG-1: the office refers the report to the leadership group, which has {@value ProblemReportProcess#DECISION_DAYS}
   * days to decide. Returns the day the decision is due.
   */
  public LocalDate referToLeadership(String processInstanceId, String note, ProcessStep step) {
    ProblemReport report = reports.ofProcess(processInstanceId);
    report.referToLeadership(note, step.actorOrSystem(), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.PROBLEM_REPORT_REFERRED, AuditSubject.PROBLEM_REPORT, report.getId())
        .detail(note).step(step).campaign(report.getCampaignId()).unit(report.getUnitId()));
    return CampaignClock.today().plusDays(ProblemReportProcess.DECISION_DAYS);
  }

  /** ORG-1: the leadership group decides on a referred report. */
  public void decideByLeadership(String processInstanceId, String decision, ProcessStep step) {
    ProblemReport report = reports.ofProcess(processInstanceId);
    report.decideByLeadership(decision, step.actorOrSystem(), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.PROBLEM_REPORT_DECIDED, AuditSubject.PROBLEM_REPORT, report.getId())
        .step(step).campaign(report.getCampaignId()).unit(report.getUnitId()).detail(decision));
  }

  /** ORG-1: the reporting unit has read the answer; the report is closed. */
  public void acknowledgeReply(String processInstanceId, String comment, ProcessStep step) {
    ProblemReport report = reports.ofProcess(processInstanceId);
    report.acknowledge(comment, step.actorOrSystem(), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.PROBLEM_REPORT_ACKNOWLEDGED, AuditSubject.PROBLEM_REPORT, report.getId())
        .step(step).campaign(report.getCampaignId()).unit(report.getUnitId()).detail(comment));
  }
}
