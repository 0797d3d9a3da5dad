package cn.qijin.obligation;

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

import cn.qijin.campaign.CampaignVariables;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.unit.Unit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Start of one recurring obligation's process: its period and dates, the unit, the timers' moments, the unit's
 * access (granted by {@link ObligationSteps#start}). quarterCode and quarterName stay the quarter containing the period (the names forms and running
 * instances already use); periodCode, periodName and periodKind name the period itself (2017-07, 2017年7月, 月度).
 */
@Component("obligationInitializer")
public class ObligationInitializer implements ExecutionListener {

  private final ObligationSteps steps;

  public ObligationInitializer(ObligationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ObligationSteps.StartedObligation started =
        steps.start(OBLIGATION_ID.get(execution), execution.getProcessInstanceId());
    Unit unit = started.unit();
    execution.setVariables(CampaignVariables.of(started.campaign()));
    UNIT_ID.set(execution, unit.getId());
    UNIT_CODE.set(execution, unit.getCode());
    UNIT_NAME.set(execution, unit.getName());
    UNIT_GROUP.set(execution, unit.groupId());
    VENUE.set(execution, unit.getVenue().name());
    VENUE_NAME.set(execution, unit.getVenue().chineseName());
    OBLIGATION_CODE.set(execution, started.obligationCode());
    OBLIGATION_TITLE.set(execution, started.obligationTitle());
    QUARTER_CODE.set(execution, started.quarter().code());
    QUARTER_NAME.set(execution, started.quarter().chineseName());
    PERIOD_CODE.set(execution, started.period().code());
    PERIOD_NAME.set(execution, started.period().chineseName());
    PERIOD_KIND.set(execution, started.period().recurrence().chineseName());
    QUARTER_START.set(execution, started.periodStart().toString());
    QUARTER_END.set(execution, started.periodEnd().toString());
    PERIOD_START_AT.set(execution, CampaignClock.startOfDay(started.periodStart()));
    execution.setVariables(started.timing());
  }
}
