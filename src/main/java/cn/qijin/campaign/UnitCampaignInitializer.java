package cn.qijin.campaign;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;
import static cn.qijin.kernel.process.ProcessVariables.JOINED_PHASE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_CODE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_GROUP;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ID;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;
import static cn.qijin.kernel.process.ProcessVariables.VENUE;
import static cn.qijin.kernel.process.ProcessVariables.VENUE_NAME;

import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import cn.qijin.security.AccessRules;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a unit's process (ORG-3): gives it the campaign's dates and the unit's identity, and
 * authorizes the unit's group on this process instance only. A unit that takes part from the rollout joined in PH-1;
 * one added later ({@link CampaignParticipation}) comes with the phase and day it joined.
 */
@Component("unitCampaignInitializer")
public class UnitCampaignInitializer implements ExecutionListener {

  private final CampaignRepository campaigns;
  private final Units units;
  private final AccessRules access;

  public UnitCampaignInitializer(CampaignRepository campaigns, Units units, AccessRules access) {
    this.campaigns = campaigns;
    this.units = units;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long campaignId = CAMPAIGN_ID.get(execution);
    Long unitId = UNIT_ID.get(execution);
    CampaignEntity campaign = campaigns.findById(campaignId).orElseThrow();
    Unit unit = units.find(unitId).orElseThrow();
    execution.setVariables(CampaignVariables.of(Campaign.of(campaign)));
    UNIT_CODE.set(execution, unit.getCode());
    UNIT_NAME.set(execution, unit.getName());
    UNIT_GROUP.set(execution, unit.groupId());
    VENUE.set(execution, unit.getVenue().name());
    VENUE_NAME.set(execution, unit.getVenue().chineseName());
    // a unit added to the running campaign brings its phase and day (CampaignParticipation); the rollout, none
    if (JOINED_PHASE.orNull(execution) == null) {
      JOINED_PHASE.set(execution, Phase.PH1.name());
    }
    access.grantUnitInstance(unit.groupId(), execution.getProcessInstanceId());
  }
}
