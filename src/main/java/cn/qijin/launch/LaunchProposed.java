package cn.qijin.launch;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;
import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_NAME;
import static cn.qijin.kernel.process.ProcessVariables.LAUNCH_ACTION;
import static cn.qijin.kernel.process.ProcessVariables.LAUNCH_DRAFT;
import static cn.qijin.kernel.process.ProcessVariables.LAUNCH_DUE_AT;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.kernel.CampaignClock;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * Start of 发起活动 (issue 14 part 3): checks the office's proposal from the start form, defines the campaign as a
 * draft with it (or takes the draft {@code POST /api/campaigns/{id}/approval-request} names) and puts it before the
 * leadership group, due by the first day of PH-1. A refused proposal starts nothing (400 with the reason).
 */
@Component("launchProposed")
public class LaunchProposed implements ExecutionListener {

  private final CampaignLaunch launch;
  private final ProposalInput input;

  public LaunchProposed(CampaignLaunch launch, ProposalInput input) {
    this.launch = launch;
    this.input = input;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long defined = CAMPAIGN_ID.orNull(execution);
    CampaignRequest proposal = defined == null ? input.parse(LAUNCH_DRAFT.orNull(execution)) : null;
    Campaign campaign = launch.propose(defined, proposal, starter(execution), execution.getProcessInstanceId());
    named(execution, campaign);
    LocalDate due = campaign.schedule().ph1Start().isAfter(CampaignClock.today()) ? campaign.schedule().ph1Start()
        : CampaignClock.today();
    LAUNCH_DUE_AT.set(execution, CampaignClock.endOfDay(due));
    LAUNCH_DRAFT.remove(execution);
    LAUNCH_ACTION.remove(execution);
  }

  static void named(DelegateExecution execution, Campaign campaign) {
    execution.setProcessBusinessKey("launch-" + campaign.getId());
    CAMPAIGN_ID.set(execution, campaign.getId());
    CAMPAIGN_NAME.set(execution, campaign.getName());
  }

  private static String starter(DelegateExecution execution) {
    Authentication user = execution.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    return user == null || user.getUserId() == null ? "system" : user.getUserId();
  }
}
