package cn.qijin.consolidation;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRepository;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-3: the office's marks (good examples, standing rules, problems) and its draft final summary. */
@Component("consolidationListener")
public class ConsolidationListener implements TaskListener {

  private final ConsolidationService consolidation;
  private final CampaignRepository campaigns;

  public ConsolidationListener(ConsolidationService consolidation, CampaignRepository campaigns) {
    this.consolidation = consolidation;
    this.campaigns = campaigns;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String summary = in.requiredText("finalSummary", "活动总结", 8000);
    Long campaignId = campaigns.ofProcess(task.getProcessInstanceId()).getId();
    consolidation.replaceOfficeMarks(campaignId, (String) task.getVariable("consolidationJson"),
        in.dateVariable("ph3Start"), in.dateVariable("ph3End"), TaskInput.actor(task));
    Campaign campaign = campaigns.findById(campaignId).orElseThrow();
    campaign.recordFinalSummary(summary);
  }
}
