package cn.qijin.checklist;

import cn.qijin.checklist.internal.ChecklistItemEntity;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_DATE;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_PLACE;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_SUMMARY;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_THEMES;
import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_ID;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_CODE;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_DESCRIPTION;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_ID;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_REVIEW_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_REVIEW_REMINDER_CYCLE;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_THEMES;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_TITLE;
import static cn.qijin.kernel.process.ProcessVariables.PARTICIPANT_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.RETURN_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ID;

import cn.qijin.kernel.process.ProcessVariable;
import java.util.HashMap;
import java.util.List;
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

  private final ChecklistSteps steps;

  public ChecklistItemOpener(ChecklistSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateExecution execution) {
    ChecklistItemEntity item = steps.open(CAMPAIGN_ID.get(execution), UNIT_ID.get(execution), ITEM_ID.get(execution),
        execution.getProcessInstanceId());
    Map<String, Object> local = new HashMap<>();
    ITEM_CODE.put(local, item.getCode());
    ITEM_TITLE.put(local, item.getTitle());
    ITEM_DESCRIPTION.put(local, item.getDescription());
    ITEM_THEMES.put(local, item.getThemes());
    RETURN_COUNT.put(local, 0L);
    for (ProcessVariable<?> answer : List.of(ACTIVITY_DATE, ACTIVITY_PLACE, PARTICIPANT_COUNT, ACTIVITY_THEMES,
        ACTIVITY_SUMMARY, REVIEW_APPROVED, REVIEW_COMMENT, EVIDENCE_UPLOADS, EVIDENCE_ID, ITEM_REVIEW_DUE_AT,
        ITEM_REVIEW_REMINDER_CYCLE)) {
      answer.put(local, null);
    }
    execution.setVariablesLocal(local);
  }
}
