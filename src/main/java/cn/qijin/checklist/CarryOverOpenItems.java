package cn.qijin.checklist;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;
import static cn.qijin.kernel.process.ProcessVariables.CARRIED_OVER_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.PH3_END;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ID;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;

import cn.qijin.checklist.internal.ChecklistItemEntity;
import cn.qijin.checklist.internal.ChecklistItemRepository;
import cn.qijin.checklist.internal.ChecklistProgressEntity;
import cn.qijin.checklist.internal.ChecklistProgressRepository;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;

/**
 * PH-2 → PH-3: the unit's items not accepted when PH-2 ends become problems to solve in PH-3. Their
 * tasks stay open (and overdue), so the unit can still finish them. An item the unit handed in that waits
 * for the office's review is the office's to answer, not the unit's problem (REC-2, ORG-2): it is carried
 * over only if the office returns it after PH-2 has ended. Each carried item is announced as an
 * {@link OpenItemCarriedOver} event, which PH-3's consolidation records as a problem in this transaction.
 */
@Component("carryOverOpenItems")
public class CarryOverOpenItems implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(CarryOverOpenItems.class);

  private final ChecklistProgressRepository progress;
  private final ChecklistItemRepository items;
  private final ApplicationEventPublisher events;
  private final UnitChecklist checklist;

  public CarryOverOpenItems(ChecklistProgressRepository progress, ChecklistItemRepository items,
      ApplicationEventPublisher events, UnitChecklist checklist) {
    this.progress = progress;
    this.items = items;
    this.events = events;
    this.checklist = checklist;
  }

  @Override
  public void execute(DelegateExecution execution) {
    Long campaignId = CAMPAIGN_ID.get(execution);
    Long unitId = UNIT_ID.get(execution);
    UnitChecklist.Carriers carriers = checklist.carriers(campaignId);
    int carried = 0;
    for (ChecklistProgressEntity row : progress.findByCampaignIdAndUnitIdAndStateNot(campaignId, unitId, ProgressState.ACCEPTED)) {
      if (row.getState() != ProgressState.SUBMITTED
          && carry(row, carriers, UNIT_NAME.orNull(execution), PH3_END.orNull(execution))) {
        carried++;
      }
    }
    CARRIED_OVER_COUNT.set(execution, (long) carried);
    LOG.info("Campaign {} unit {}: {} open checklist items carried into PH-3", campaignId, unitId, carried);
  }

  /** ORG-2: the office returned, after PH-2 ended, an item the unit had handed in: now it is the unit's problem. */
  void carryReturned(ChecklistProgressEntity row, String unitName, String ph3End) {
    if (carry(row, checklist.carriers(row.getCampaignId()), unitName, ph3End)) {
      LOG.info("Campaign {} unit {}: item {} returned after PH-2, carried into PH-3", row.getCampaignId(),
          row.getUnitId(), row.getItemId());
    }
  }

  private boolean carry(ChecklistProgressEntity row, UnitChecklist.Carriers carriers, String unitName, String ph3End) {
    ChecklistItemEntity item = items.findById(row.getItemId()).orElseThrow();
    // a recurring item's task in a process started before issue 11: its obligations, not PH-3, follow it up
    if (row.isCarriedOver() || carriers.carries(item.getVenue(), item.getCode())) {
      return false;
    }
    row.carryOver();
    events.publishEvent(new OpenItemCarriedOver(row.getCampaignId(), row.getUnitId(), item.getId(), item.label(),
        unitName, LocalDate.parse(ph3End)));
    return true;
  }
}
