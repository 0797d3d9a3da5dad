package cn.qijin.problemreport;

import cn.qijin.consolidation.ProblemView;
import cn.qijin.consolidation.RaisedProblems;
import cn.qijin.security.Roles;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * PH-3's problem register lists the problems units reported (origin 单位上报, ORG-1): held by the office, or the
 * leadership group once referred; due on the office's handling day; the answer as the closing note.
 */
@Component
public class ProblemRegisterEntries implements RaisedProblems {

  public static final String ORIGIN = "UNIT_REPORT";
  public static final String ORIGIN_NAME = "单位上报";

  private final ProblemReportService reports;

  public ProblemRegisterEntries(ProblemReportService reports) {
    this.reports = reports;
  }

  @Override
  public List<ProblemView> of(Long campaignId) {
    return reports.allOfCampaign(campaignId).stream().map(ProblemRegisterEntries::entry).toList();
  }

  private static ProblemView entry(ProblemReportView r) {
    boolean answered = r.officeReply() != null || r.decision() != null;
    String answer = r.decision() != null ? "领导小组研究决定：" + r.decision()
        : r.officeReply() != null ? "办公室答复：" + r.officeReply() : null;
    String holder = r.referred() ? "领导小组" : "活动办公室";
    return new ProblemView(null, r.campaignId(), r.title(),
        "上报单位：" + r.unitName() + "；类别：" + r.category() + "\n" + r.description(), ORIGIN, ORIGIN_NAME, holder,
        r.referred() ? Roles.LEADERSHIP : Roles.OFFICE, null, r.handlingDueDate(), r.state(), r.stateName(),
        "CLOSED".equals(r.state()), answer, answered ? (r.decidedAt() != null ? r.decidedAt() : r.handledAt()) : null,
        answered ? (r.decidedBy() != null ? r.decidedBy() : r.handledBy()) : null, null, 0, r.processInstanceId(),
        r.evidenceId(), r.evidenceUrl(), r.id(), r.unitCode(), r.unitName());
  }
}
