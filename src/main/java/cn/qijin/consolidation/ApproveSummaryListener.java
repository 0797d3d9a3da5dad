package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.LEADERSHIP_OPINION;
import static cn.qijin.kernel.process.ProcessVariables.SUMMARY_APPROVED;

import cn.qijin.campaign.Campaigns;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-3, ORG-1: the leadership group approves the final summary or returns it with an opinion. */
@Component("approveSummaryListener")
public class ApproveSummaryListener implements TaskListener {

  private final Campaigns campaigns;

  public ApproveSummaryListener(Campaigns campaigns) {
    this.campaigns = campaigns;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean approved = in.requiredChoice(SUMMARY_APPROVED, "审定结论");
    String opinion = in.optionalText(LEADERSHIP_OPINION, "领导小组意见", 2000);
    campaigns.recordLeadershipDecision(task.getProcessInstanceId(), approved, opinion, TaskInput.actor(task),
        CampaignClock.now());
  }
}
