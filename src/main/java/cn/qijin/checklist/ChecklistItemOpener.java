package cn.qijin.checklist;

import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.springframework.stereotype.Component;

/**
 * Opens one checklist item for one unit (PH-2). The item's form variables are declared local to this
 * branch of the multi-instance, so that parallel items never overwrite each other's answers.
 */
@Component("checklistItemOpener")
public class ChecklistItemOpener implements ExecutionListener {

  private final ChecklistItemRepository items;
  private final ChecklistProgressRepository progress;

  public ChecklistItemOpener(ChecklistItemRepository items, ChecklistProgressRepository progress) {
    this.items = items;
    this.progress = progress;
  }

  @Override
  public void notify(DelegateExecution execution) {
    Long campaignId = (Long) execution.getVariable("campaignId");
    Long unitId = (Long) execution.getVariable("unitId");
    Long itemId = (Long) execution.getVariable("itemId");
    ChecklistItem item = items.findById(itemId)
        .orElseThrow(() -> new IllegalStateException("Checklist item " + itemId + " not found"));
    // a unit process started again (e.g. restarted in Cockpit) takes its rows over: submissions find them by instance
    progress.findByCampaignIdAndUnitIdAndItemId(campaignId, unitId, itemId).ifPresentOrElse(
        row -> row.attachProcess(execution.getProcessInstanceId()),
        () -> progress.save(new ChecklistProgress(campaignId, unitId, itemId, execution.getProcessInstanceId())));
    Map<String, Object> local = new HashMap<>();
    local.put("itemCode", item.getCode());
    local.put("itemTitle", item.getTitle());
    local.put("itemDescription", item.getDescription());
    local.put("itemThemes", item.getThemes());
    local.put("returnCount", 0L);
    for (String answer : new String[] {"activityDate", "activityPlace", "participantCount", "activityThemes",
        "activitySummary", "reviewApproved", "reviewComment", "evidenceUploads", "evidenceId", "itemReviewDueAt",
        "itemReviewReminderCycle"}) {
      local.put(answer, null);
    }
    execution.setVariablesLocal(local);
  }
}
