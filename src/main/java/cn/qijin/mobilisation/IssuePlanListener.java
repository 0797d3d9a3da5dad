package cn.qijin.mobilisation;

import cn.qijin.campaign.CampaignRepository;
import cn.qijin.common.TaskInput;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-1, ORG-2: the office issues the work plan (印发工作方案). */
@Component("issuePlanListener")
public class IssuePlanListener implements TaskListener {

  private final CampaignRepository campaigns;

  public IssuePlanListener(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String number = in.requiredText("planDocumentNumber", "工作方案文号", 100);
    LocalDate issued = in.requiredDate("planIssueDate", "印发日期", in.dateVariable("ph1Start"), in.dateVariable("ph1End"));
    in.optionalText("planRemarks", "备注", 2000);
    task.setVariable("planDocumentNumber", number);
    campaigns.ofProcess(task.getProcessInstanceId())
        .recordPlanIssued(number, issued, TaskInput.actor(task));
  }
}
