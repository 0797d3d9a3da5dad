package cn.qijin.obligation;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRepository;
import cn.qijin.campaign.CampaignVariables;
import cn.qijin.common.CampaignClock;
import cn.qijin.security.AccessRules;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitRepository;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of one recurring obligation's process: its period and dates, the unit, the timers' moments, the unit's
 * access. quarterCode and quarterName stay the quarter containing the period (the names forms and running
 * instances already use); periodCode, periodName and periodKind name the period itself (2017-07, 2017年7月, 月度).
 */
@Component("obligationInitializer")
public class ObligationInitializer implements ExecutionListener {

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;
  private final CampaignRepository campaigns;
  private final UnitRepository units;
  private final EscalationPolicy escalation;
  private final AccessRules access;

  public ObligationInitializer(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      CampaignRepository campaigns, UnitRepository units, EscalationPolicy escalation, AccessRules access) {
    this.obligations = obligations;
    this.definitions = definitions;
    this.campaigns = campaigns;
    this.units = units;
    this.escalation = escalation;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Obligation obligation = obligations.findById((Long) execution.getVariable("obligationId")).orElseThrow();
    ObligationDefinition definition = definitions.findById(obligation.getDefinitionId()).orElseThrow();
    Campaign campaign = campaigns.findById(obligation.getCampaignId()).orElseThrow();
    Unit unit = units.findById(obligation.getUnitId()).orElseThrow();
    Quarter quarter = obligation.quarter();
    ObligationPeriod period = obligation.period();
    obligation.attachProcess(execution.getProcessInstanceId());

    execution.setVariables(CampaignVariables.of(campaign));
    execution.setVariable("unitId", unit.getId());
    execution.setVariable("unitCode", unit.getCode());
    execution.setVariable("unitName", unit.getName());
    execution.setVariable("unitGroup", unit.groupId());
    execution.setVariable("venue", unit.getVenue().name());
    execution.setVariable("venueName", unit.getVenue().chineseName());
    execution.setVariable("obligationCode", definition.getCode());
    execution.setVariable("obligationTitle", definition.getTitle());
    execution.setVariable("quarterCode", quarter.code());
    execution.setVariable("quarterName", quarter.chineseName());
    execution.setVariable("periodCode", period.code());
    execution.setVariable("periodName", period.chineseName());
    execution.setVariable("periodKind", period.recurrence().chineseName());
    execution.setVariable("quarterStart", obligation.getPeriodStart().toString());
    execution.setVariable("quarterEnd", obligation.getPeriodEnd().toString());
    execution.setVariable("periodStartAt", CampaignClock.startOfDay(obligation.getPeriodStart()));
    execution.setVariables(ObligationVariables.timing(obligation, definition, escalation));
    access.grantUnitInstance(unit.groupId(), execution.getProcessInstanceId());
  }
}
