package cn.qijin.launch;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.campaign.CampaignStatus;
import cn.qijin.kernel.ConflictException;
import cn.qijin.kernel.process.ProcessKeys;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14 part 3, ORG-1: what the launch process (发起活动) does with the campaign's tables — the office's proposal
 * becomes a draft campaign awaiting the leadership group, a returned one is revised or withdrawn, an approved one
 * starts. The campaign is always found by the launch process instance, never by a submitted id.
 */
@Service
public class CampaignLaunch {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignLaunch.class);

  private final CampaignService campaigns;
  private final RuntimeService runtime;
  CampaignLaunch(CampaignService campaigns, RuntimeService runtime) {
    this.campaigns = campaigns;
    this.runtime = runtime;
  }

  /**
   * A campaign defined through {@code POST /api/campaigns} goes to the leadership group the same way: the launch
   * process starts for it (as the office, which may start it).
   */
  @Transactional
  public Campaign requestApproval(Long campaignId) {
    Campaign campaign = campaigns.byId(campaignId);
    if (campaign.getStatus() != CampaignStatus.DRAFT || campaign.getLaunchProcessInstanceId() != null) {
      throw new ConflictException("活动“" + campaign.getName() + "”" + campaign.getStatus().chineseName()
          + (campaign.getLaunchProcessInstanceId() != null ? "，已经提请过领导小组审批" : "，不能提请审批"), List.of());
    }
    Map<String, Object> vars = new HashMap<>();
    CAMPAIGN_ID.put(vars, campaignId);
    runtime.startProcessInstanceByKey(ProcessKeys.CAMPAIGN_LAUNCH, vars);
    return campaigns.byId(campaignId);
  }

  /** The launch process starts: the form's proposal becomes a draft (or the API's draft is taken) and is submitted. */
  Campaign propose(Long definedCampaignId, CampaignRequest proposal, String userId, String launchProcessInstanceId) {
    Long id = definedCampaignId != null ? definedCampaignId : campaigns.define(proposal, userId).getId();
    Campaign campaign = campaigns.submitForApproval(id, launchProcessInstanceId);
    LOG.info("Campaign {} proposed by {} for the leadership group's approval (launch {})", id, userId,
        launchProcessInstanceId);
    return campaign;
  }

  Campaign decide(String launchProcessInstanceId, boolean approved, String opinion, String userId) {
    return campaigns.recordLaunchDecision(of(launchProcessInstanceId).getId(), approved, opinion, userId);
  }

  Campaign revise(String launchProcessInstanceId, CampaignRequest proposal, String userId) {
    Long id = of(launchProcessInstanceId).getId();
    campaigns.revise(id, proposal, userId);
    return campaigns.resubmit(id);
  }

  Campaign withdraw(String launchProcessInstanceId) {
    return campaigns.withdrawProposal(of(launchProcessInstanceId).getId());
  }

  /** ORG-1: approved, the campaign starts — its process and the office's 印发工作方案 task. */
  Campaign start(String launchProcessInstanceId) {
    return campaigns.start(of(launchProcessInstanceId).getId());
  }

  Campaign of(String launchProcessInstanceId) {
    return campaigns.byLaunchProcess(launchProcessInstanceId).orElseThrow(() -> new IllegalStateException(
        "No campaign for launch process " + launchProcessInstanceId));
  }
}
