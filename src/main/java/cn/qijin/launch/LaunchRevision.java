package cn.qijin.launch;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_NAME;
import static cn.qijin.kernel.process.ProcessVariables.LAUNCH_ACTION;
import static cn.qijin.kernel.process.ProcessVariables.LAUNCH_DRAFT;

import cn.qijin.campaign.Campaign;
import cn.qijin.common.TaskInput;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * ORG-1: the office answers a returned proposal (修改活动方案): revises it and submits it again — checked as the first
 * time — or withdraws it.
 */
@Component("launchRevision")
public class LaunchRevision implements TaskListener {

  static final String RESUBMIT = "resubmit";
  static final String WITHDRAW = "withdraw";

  private final CampaignLaunch launch;
  private final ProposalInput input;

  public LaunchRevision(CampaignLaunch launch, ProposalInput input) {
    this.launch = launch;
    this.input = input;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String action = in.requiredOneOf(LAUNCH_ACTION, "处理方式（修改后重新提交或撤回）", Set.of(RESUBMIT, WITHDRAW));
    if (RESUBMIT.equals(action)) {
      Campaign campaign = launch.revise(task.getProcessInstanceId(), input.parse(LAUNCH_DRAFT.orNull(task)),
          TaskInput.actor(task));
      CAMPAIGN_NAME.set(task, campaign.getName());
    } else {
      launch.withdraw(task.getProcessInstanceId());
    }
    LAUNCH_DRAFT.remove(task);
  }
}
