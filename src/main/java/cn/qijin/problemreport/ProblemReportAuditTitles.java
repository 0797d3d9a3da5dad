package cn.qijin.problemreport;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.RecordTitles;
import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import org.springframework.stereotype.Component;

/** The audit trail names a reported problem by its title (issue 14 part 6). */
@Component
class ProblemReportAuditTitles extends RecordTitles<ProblemReport> {

  ProblemReportAuditTitles(ProblemReportRepository records) {
    super(AuditSubject.PROBLEM_REPORT, records::findAllById, ProblemReport::getId, ProblemReport::getTitle);
  }
}
