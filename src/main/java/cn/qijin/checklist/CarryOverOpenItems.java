package cn.qijin.checklist;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;
import static cn.qijin.kernel.process.ProcessVariables.CARRIED_OVER_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.PH3_END;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ID;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * PH-2 → PH-3: the unit's items not accepted when PH-2 ends become problems to solve in PH-3. Their
 * tasks stay open (and overdue), so the unit can still finish them. An item the unit handed in that waits
 * for the office's review is the office's to answer, not the unit's problem (REC-2, ORG-2): it is carried
 * over only if the office returns it after PH-2 has ended. Each carried item is announced as an
 * {@link OpenItemCarriedOver} event, which PH-3's consolidation records as a problem in this transaction. The rule
 * is {@link ChecklistSteps#carryOpenItems}'.
 */
@Component("carryOverOpenItems")
public class CarryOverOpenItems implements JavaDelegate {

  private final ChecklistSteps steps;

  public CarryOverOpenItems(ChecklistSteps steps) {
    this.steps = steps;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int carried = steps.carryOpenItems(CAMPAIGN_ID.get(execution), UNIT_ID.get(execution),
        UNIT_NAME.orNull(execution), PH3_END.orNull(execution));
    CARRIED_OVER_COUNT.set(execution, (long) carried);
  }
}
