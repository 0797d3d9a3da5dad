package cn.qijin.campaign;

import cn.qijin.security.AccessRules;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of a unit's process (ORG-3): gives it the campaign's dates and the unit's identity, and
 * authorizes the unit's group on this process instance only.
 */
@Component("unitCampaignInitializer")
public class UnitCampaignInitializer implements ExecutionListener {

  private final CampaignRepository campaigns;
  private final UnitRepository units;
  private final AccessRules access;

  public UnitCampaignInitializer(CampaignRepository campaigns, UnitRepository units, AccessRules access) {
    this.campaigns = campaigns;
    this.units = units;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long campaignId = (Long) execution.getVariable(CampaignVariables.CAMPAIGN_ID);
    Long unitId = (Long) execution.getVariable("unitId");
    Campaign campaign = campaigns.findById(campaignId).orElseThrow();
    Unit unit = units.findById(unitId).orElseThrow();
    execution.setVariables(CampaignVariables.of(campaign));
    execution.setVariable("unitCode", unit.getCode());
    execution.setVariable("unitName", unit.getName());
    execution.setVariable("unitGroup", unit.groupId());
    execution.setVariable("venue", unit.getVenue().name());
    execution.setVariable("venueName", unit.getVenue().chineseName());
    access.grantUnitInstance(unit.groupId(), execution.getProcessInstanceId());
  }
}
