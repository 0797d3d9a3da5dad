package cn.qijin.mobilisation;

import static cn.qijin.kernel.process.ProcessVariables.PH1_END;
import static cn.qijin.kernel.process.ProcessVariables.PH1_START;
import static cn.qijin.kernel.process.ProcessVariables.PLAN_DOCUMENT_NUMBER;
import static cn.qijin.kernel.process.ProcessVariables.PLAN_ISSUE_DATE;
import static cn.qijin.kernel.process.ProcessVariables.PLAN_REMARKS;

import cn.qijin.campaign.Campaigns;
import cn.qijin.common.TaskInput;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-1, ORG-2: the office issues the work plan (印发工作方案). */
@Component("issuePlanListener")
public class IssuePlanListener implements TaskListener {

  private final Campaigns campaigns;

  public IssuePlanListener(Campaigns campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String number = in.requiredText(PLAN_DOCUMENT_NUMBER, "工作方案文号", 100);
    LocalDate issued = in.requiredDate(PLAN_ISSUE_DATE, "印发日期", in.dateVariable(PH1_START), in.dateVariable(PH1_END));
    in.optionalText(PLAN_REMARKS, "备注", 2000);
    PLAN_DOCUMENT_NUMBER.set(task, number);
    campaigns.recordPlanIssued(task.getProcessInstanceId(), number, issued, TaskInput.actor(task));
  }
}
