package cn.qijin.campaign;

import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.process.ProcessKeys;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.ArrayList;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** What the campaign BPMN models ask of the application (bean "campaignProcesses" in expressions). */
@Component("campaignProcesses")
public class CampaignProcesses {

  public static final String CAMPAIGN_PROCESS = ProcessKeys.CAMPAIGN;
  public static final String UNIT_PROCESS = ProcessKeys.UNIT_CAMPAIGN;

  private static final Logger LOG = LoggerFactory.getLogger(CampaignProcesses.class);

  private final CampaignRepository campaigns;
  private final Units units;
  private final CampaignChecklist checklist;

  public CampaignProcesses(CampaignRepository campaigns, Units units, CampaignChecklist checklist) {
    this.campaigns = campaigns;
    this.units = units;
    this.checklist = checklist;
  }

  public List<Long> participantUnitIds(Long campaignId) {
    return new ArrayList<>(campaign(campaignId).getParticipantUnitIds());
  }

  /**
   * The unit's checklist tasks in this campaign, in the template's order: the items of every venue it serves and
   * those for every unit, without the items its recurring obligations carry (see {@link CampaignChecklist}).
   */
  public List<Long> checklistItemIds(Long campaignId, Long unitId) {
    return checklist.taskItemIds(campaignId, unit(unitId));
  }

  public String unitBusinessKey(Long campaignId, Long unitId) {
    return "campaign-" + campaignId + "-" + unit(unitId).getCode();
  }

  public void enterPhase(Long campaignId, String phase) {
    CampaignEntity campaign = campaign(campaignId);
    campaign.enter(Phase.valueOf(phase));
    LOG.info("Campaign {} enters {}", campaignId, phase);
  }

  public void endCampaign(Long campaignId) {
    campaign(campaignId).markEnded(CampaignClock.now());
    LOG.info("Campaign {} ended", campaignId);
  }

  private CampaignEntity campaign(Long id) {
    return campaigns.findById(id).orElseThrow(() -> new IllegalStateException("Campaign " + id + " not found"));
  }

  private Unit unit(Long id) {
    return units.find(id).orElseThrow(() -> new IllegalStateException("Unit " + id + " not found"));
  }
}
