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

import cn.qijin.campaign.CampaignVariables;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
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

  private final ProblemReportSteps steps;

  public ProblemReportInitializer(ProblemReportSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    ReportingUnit.Reporter reporter = steps.reporter(user == null ? null : user.getUserId());
    TaskInput in = TaskInput.of(execution);
    String title = in.requiredText(REPORT_TITLE, "问题标题", 200);
    String description = in.requiredText(REPORT_DESCRIPTION, "问题描述", 4000);
    String category = in.requiredOneOf(REPORT_CATEGORY, "问题类别", new LinkedHashSet<>(ProblemReportProcess.CATEGORIES));
    String uploads = in.optionalText(EVIDENCE_UPLOADS, "佐证材料", 4000);

    ProblemReportSteps.FiledProblem filed = steps.file(reporter,
        new ProblemReportSteps.NewProblem(title, description, category, uploads), execution.getProcessInstanceId());
    filed.evidenceId().ifPresent(id -> EVIDENCE_ID.set(execution, id));
    execution.setProcessBusinessKey(filed.businessKey());
    execution.setVariables(CampaignVariables.of(reporter.campaign()));
    REPORT_ID.set(execution, filed.report().getId());
    UNIT_ID.set(execution, reporter.unit().getId());
    UNIT_CODE.set(execution, reporter.unit().getCode());
    UNIT_GROUP.set(execution, reporter.unit().groupId());
    UNIT_NAME.set(execution, reporter.unit().getName());
    VENUE_NAME.set(execution, reporter.unit().getVenue().chineseName());
    REPORTED_BY.set(execution, reporter.userId());
    REPORTED_ON.set(execution, filed.reportedOn().toString());
    HANDLING_DUE_DATE.set(execution, filed.handlingDue().toString());
    HANDLING_DUE_AT.set(execution, CampaignClock.endOfDay(filed.handlingDue()));
    EVIDENCE_UPLOADS.set(execution, null);
  }
}
