package cn.qijin.problemreport;

import cn.qijin.kernel.process.ProcessKeys;
import java.util.List;

/** The process a unit starts to report a problem (ORG-1), its tasks and the choices of its forms. */
public final class ProblemReportProcess {

  public static final String KEY = ProcessKeys.PROBLEM_REPORT;
  public static final String HANDLE_TASK = "HandleProblemTask";
  public static final String DECIDE_TASK = "LeadershipDecisionTask";
  public static final String ACKNOWLEDGE_TASK = "AcknowledgeReplyTask";

  /** The office answers the unit itself, or refers the problem to the leadership group. */
  public static final String RESOLVE = "resolve";
  public static final String REFER = "refer";

  public static final List<String> CATEGORIES =
      List.of("活动组织实施", "宣传阵地与设施", "经费与保障", "部门协调配合", "安全隐患治理", "其他");

  /** Days the office has to handle a report, the leadership group to decide, the unit to read the answer. */
  static final int HANDLING_DAYS = 7;
  static final int DECISION_DAYS = 15;
  static final int ACKNOWLEDGEMENT_DAYS = 5;

  private ProblemReportProcess() {}

  /** e.g. "campaign-3-ENT01-problem-12": campaign and unit first, as for the unit's other processes. */
  static String businessKey(Long campaignId, String unitCode, Long reportId) {
    return "campaign-" + campaignId + "-" + unitCode + "-problem-" + reportId;
  }
}
