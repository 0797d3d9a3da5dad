package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.CONSOLIDATION_JSON;
import static cn.qijin.kernel.process.ProcessVariables.FINAL_SUMMARY;
import static cn.qijin.kernel.process.ProcessVariables.PH3_END;
import static cn.qijin.kernel.process.ProcessVariables.PH3_START;

import cn.qijin.campaign.Campaigns;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-3: the office's marks (good examples, standing rules, problems) and its draft final summary. */
@Component("consolidationListener")
public class ConsolidationListener implements TaskListener {

  private final ConsolidationService consolidation;
  private final Campaigns campaigns;

  public ConsolidationListener(ConsolidationService consolidation, Campaigns campaigns) {
    this.consolidation = consolidation;
    this.campaigns = campaigns;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String summary = in.requiredText(FINAL_SUMMARY, "活动总结", 8000);
    Long campaignId = campaigns.ofProcess(task.getProcessInstanceId()).getId();
    consolidation.replaceOfficeMarks(campaignId, CONSOLIDATION_JSON.orNull(task),
        in.dateVariable(PH3_START), in.dateVariable(PH3_END), TaskInput.actor(task));
    campaigns.recordFinalSummary(task.getProcessInstanceId(), summary);
  }
}
