package cn.qijin.checklist;

import cn.qijin.consolidation.ConsolidationService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * PH-2 → PH-3: the unit's items not accepted when PH-2 ends become problems to solve in PH-3. Their
 * tasks stay open (and overdue), so the unit can still finish them.
 */
@Component("carryOverOpenItems")
public class CarryOverOpenItems implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CarryOverOpenItems.class);

  private final ChecklistProgressRepository progress;
  private final ChecklistItemRepository items;
  private final ConsolidationService consolidation;
  private final UnitChecklist checklist;

  public CarryOverOpenItems(ChecklistProgressRepository progress, ChecklistItemRepository items,
      ConsolidationService consolidation, UnitChecklist checklist) {
    this.progress = progress;
    this.items = items;
    this.consolidation = consolidation;
    this.checklist = checklist;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = (Long) execution.getVariable("campaignId");
    Long unitId = (Long) execution.getVariable("unitId");
    UnitChecklist.Carriers carriers = checklist.carriers(campaignId);
    int carried = 0;
    for (ChecklistProgress row : progress.findByCampaignIdAndUnitIdAndStateNot(campaignId, unitId, ProgressState.ACCEPTED)) {
      ChecklistItem item = items.findById(row.getItemId()).orElseThrow();
      // a recurring item's task in a process started before issue 11: its obligations, not PH-3, follow it up
      if (row.isCarriedOver() || carriers.carries(item)) {
        continue;
      }
      row.carryOver();
      carried++;
      consolidation.carryOverProblem(campaignId, unitId, item, (String) execution.getVariable("unitName"),
          java.time.LocalDate.parse((String) execution.getVariable("ph3End")));
    }
    execution.setVariable("carriedOverCount", (long) carried);
    LOG.info("Campaign {} unit {}: {} open checklist items carried into PH-3", campaignId, unitId, carried);
  }
}
