package cn.qijin.checklist;

import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_DATE;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_PLACE;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_SUMMARY;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_THEMES;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_ID;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_CODE;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_ID;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_REVIEW_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_REVIEW_REMINDER_CYCLE;
import static cn.qijin.kernel.process.ProcessVariables.PARTICIPANT_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.PH2_START;
import static cn.qijin.kernel.process.ProcessVariables.PH3_END;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.ReviewPolicy;
import cn.qijin.checklist.internal.ChecklistItemRepository;
import cn.qijin.checklist.internal.ChecklistProgressEntity;
import cn.qijin.checklist.internal.ChecklistProgressRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.template.TemplateDocument;
import cn.qijin.kernel.Theme;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-2: checks and records what a unit did for a checklist item, with its evidence files; the item goes to the office's review. */
@Component("checklistSubmissionListener")
public class ChecklistSubmissionListener implements TaskListener {

  private final ChecklistProgressRepository progress;
  private final EvidenceRecorder recorder;
  private final AuditTrail audit;
  private final ChecklistItemRepository items;
  private final Campaigns campaigns;
  private final int reminderHour;

  public ChecklistSubmissionListener(ChecklistProgressRepository progress, EvidenceRecorder recorder,
      AuditTrail audit, ChecklistItemRepository items, Campaigns campaigns) {
    this.campaigns = campaigns;
    this.reminderHour = TemplateDocument.Reminders.DEFAULT.hour();
    this.items = items;
    this.progress = progress;
    this.recorder = recorder;
    this.audit = audit;
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

    ChecklistProgressEntity row = progress.ofProcess(task.getProcessInstanceId(), in.longVariable(ITEM_ID));
    row.submit(date, place, participants, Theme.toCsv(themes), summary, TaskInput.actor(task), CampaignClock.now());
    startReviewClock(task, row);
    var facts = new EvidenceRecorder.Facts(row.getCampaignId(), row.getUnitId(), items.findById(row.getItemId()).orElseThrow().getVenue(),
        task.getProcessInstanceId(), date, place, participants, Theme.toCsv(themes), summary, TaskInput.actor(task));
    Evidence evidence = recorder.forChecklistItem(row.getItemId(), facts,
        EVIDENCE_UPLOADS.orNull(task));
    EVIDENCE_ID.set(task, evidence.getId());
    audit.record(AuditEntry.of(AuditAction.CHECKLIST_SUBMITTED, AuditSubject.CHECKLIST_ITEM, row.getItemId())
        .task(task)
        .detail(ITEM_CODE.orNull(task) + "，开展日期 " + date + "，佐证材料 " + evidence.getId()));
  }

  /** ORG-2: the office's review is due a few working days from now, with reminders from that day on. */
  private void startReviewClock(DelegateTask task, ChecklistProgressEntity row) {
    Campaign campaign = campaigns.find(row.getCampaignId()).orElseThrow();
    ReviewPolicy policy = campaign.reviewPolicy();
    LocalDate dueDay = policy.reviewDueDay(CampaignClock.now());
    row.awaitReviewUntil(CampaignClock.endOfDay(dueDay).toInstant());
    // declared local to this item's branch by ChecklistItemOpener, so these land there
    ITEM_REVIEW_DUE_AT.set(task, CampaignClock.endOfDay(dueDay));
    ITEM_REVIEW_REMINDER_CYCLE.set(task, policy.reminderCycle(dueDay, reminderHour));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
