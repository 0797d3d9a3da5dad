package cn.qijin.obligation;

import cn.qijin.kernel.Quarter;
import static cn.qijin.kernel.process.ProcessVariables.OBLIGATION_CODE;
import static cn.qijin.kernel.process.ProcessVariables.OBLIGATION_ID;
import static cn.qijin.kernel.process.ProcessVariables.OBLIGATION_TITLE;
import static cn.qijin.kernel.process.ProcessVariables.PERIOD_CODE;
import static cn.qijin.kernel.process.ProcessVariables.PERIOD_KIND;
import static cn.qijin.kernel.process.ProcessVariables.PERIOD_NAME;
import static cn.qijin.kernel.process.ProcessVariables.PERIOD_START_AT;
import static cn.qijin.kernel.process.ProcessVariables.QUARTER_CODE;
import static cn.qijin.kernel.process.ProcessVariables.QUARTER_END;
import static cn.qijin.kernel.process.ProcessVariables.QUARTER_NAME;
import static cn.qijin.kernel.process.ProcessVariables.QUARTER_START;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_CODE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_GROUP;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ID;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;
import static cn.qijin.kernel.process.ProcessVariables.VENUE;
import static cn.qijin.kernel.process.ProcessVariables.VENUE_NAME;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.CampaignVariables;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.security.AccessRules;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
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
  private final Campaigns campaigns;
  private final Units units;
  private final EscalationPolicy escalation;
  private final AccessRules access;

  public ObligationInitializer(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      Campaigns campaigns, Units units, EscalationPolicy escalation, AccessRules access) {
    this.obligations = obligations;
    this.definitions = definitions;
    this.campaigns = campaigns;
    this.units = units;
    this.escalation = escalation;
    this.access = access;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ObligationEntity obligation = obligations.findById(OBLIGATION_ID.get(execution)).orElseThrow();
    ObligationDefinitionEntity definition = definitions.findById(obligation.getDefinitionId()).orElseThrow();
    Campaign campaign = campaigns.find(obligation.getCampaignId()).orElseThrow();
    Unit unit = units.find(obligation.getUnitId()).orElseThrow();
    Quarter quarter = obligation.quarter();
    ObligationPeriod period = obligation.period();
    obligation.attachProcess(execution.getProcessInstanceId());

    execution.setVariables(CampaignVariables.of(campaign));
    UNIT_ID.set(execution, unit.getId());
    UNIT_CODE.set(execution, unit.getCode());
    UNIT_NAME.set(execution, unit.getName());
    UNIT_GROUP.set(execution, unit.groupId());
    VENUE.set(execution, unit.getVenue().name());
    VENUE_NAME.set(execution, unit.getVenue().chineseName());
    OBLIGATION_CODE.set(execution, definition.getCode());
    OBLIGATION_TITLE.set(execution, definition.getTitle());
    QUARTER_CODE.set(execution, quarter.code());
    QUARTER_NAME.set(execution, quarter.chineseName());
    PERIOD_CODE.set(execution, period.code());
    PERIOD_NAME.set(execution, period.chineseName());
    PERIOD_KIND.set(execution, period.recurrence().chineseName());
    QUARTER_START.set(execution, obligation.getPeriodStart().toString());
    QUARTER_END.set(execution, obligation.getPeriodEnd().toString());
    PERIOD_START_AT.set(execution, CampaignClock.startOfDay(obligation.getPeriodStart()));
    execution.setVariables(ObligationVariables.timing(obligation, definition, escalation));
    access.grantUnitInstance(unit.groupId(), execution.getProcessInstanceId());
  }
}
