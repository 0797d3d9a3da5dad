package cn.qijin.checklist;

import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_DATE;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_PLACE;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_SUMMARY;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_THEMES;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_ID;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_ID;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_REVIEW_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_REVIEW_REMINDER_CYCLE;
import static cn.qijin.kernel.process.ProcessVariables.PARTICIPANT_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.PH2_START;
import static cn.qijin.kernel.process.ProcessVariables.PH3_END;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.kernel.Theme;
import java.time.LocalDate;
import java.util.Set;
import cn.qijin.audit.ProcessStep;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-2: checks and records what a unit did for a checklist item, with its evidence files; the item goes to the office's review. */
@Component("checklistSubmissionListener")
public class ChecklistSubmissionListener implements TaskListener {

  private final ChecklistSteps steps;

  public ChecklistSubmissionListener(ChecklistSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    LocalDate latest = min(CampaignClock.today(), in.dateVariable(PH3_END));
    LocalDate date = in.requiredDate(ACTIVITY_DATE, "开展日期", in.dateVariable(PH2_START), latest);
    String place = in.requiredText(ACTIVITY_PLACE, "活动地点", 200);
    long participants = in.requiredNonNegative(PARTICIPANT_COUNT, "参加人数");
    Set<Theme> themes = Theme.parseList(in.optionalText(ACTIVITY_THEMES, "活动主题", 50));
    if (themes.isEmpty()) {
      throw new InvalidInputException("请至少选择一项活动主题");
    }
    String summary = in.requiredText(ACTIVITY_SUMMARY, "活动开展情况", 4000);
    ACTIVITY_THEMES.set(task, Theme.toCsv(themes));

    ChecklistSteps.Submitted submitted = steps.submit(task.getProcessInstanceId(), in.longVariable(ITEM_ID),
        new ChecklistSteps.Activity(date, place, participants, themes, summary), EVIDENCE_UPLOADS.orNull(task),
        ProcessStep.ofTask(task));
    // declared local to this item's branch by ChecklistItemOpener, so these land there
    ITEM_REVIEW_DUE_AT.set(task, Date.from(submitted.reviewDueAt()));
    ITEM_REVIEW_REMINDER_CYCLE.set(task, submitted.reviewReminderCycle());
    EVIDENCE_ID.set(task, submitted.evidenceId());
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
