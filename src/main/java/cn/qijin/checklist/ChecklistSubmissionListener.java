package cn.qijin.checklist;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRepository;
import cn.qijin.campaign.ReviewPolicy;
import cn.qijin.common.CampaignClock;
import cn.qijin.common.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.template.TemplateDocument;
import cn.qijin.venue.Theme;
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
  private final CampaignRepository campaigns;
  private final int reminderHour;

  public ChecklistSubmissionListener(ChecklistProgressRepository progress, EvidenceRecorder recorder,
      AuditTrail audit, ChecklistItemRepository items, CampaignRepository campaigns) {
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
    LocalDate latest = min(CampaignClock.today(), in.dateVariable("ph3End"));
    LocalDate date = in.requiredDate("activityDate", "开展日期", in.dateVariable("ph2Start"), latest);
    String place = in.requiredText("activityPlace", "活动地点", 200);
    long participants = in.requiredNonNegative("participantCount", "参加人数");
    Set<Theme> themes = Theme.parseList(in.optionalText("activityThemes", "活动主题", 50));
    if (themes.isEmpty()) {
      throw new InvalidInputException("请至少选择一项活动主题");
    }
    String summary = in.requiredText("activitySummary", "活动开展情况", 4000);
    task.setVariable("activityThemes", Theme.toCsv(themes));

    ChecklistProgress row = progress.ofProcess(task.getProcessInstanceId(), in.longVariable("itemId"));
    row.submit(date, place, participants, Theme.toCsv(themes), summary, TaskInput.actor(task), CampaignClock.now());
    startReviewClock(task, row);
    var facts = new EvidenceRecorder.Facts(row.getCampaignId(), row.getUnitId(), items.findById(row.getItemId()).orElseThrow().getVenue(),
        task.getProcessInstanceId(), date, place, participants, Theme.toCsv(themes), summary, TaskInput.actor(task));
    Evidence evidence = recorder.forChecklistItem(row.getItemId(), facts,
        (String) task.getVariable(EvidenceRecorder.UPLOADS_VARIABLE));
    task.setVariable("evidenceId", evidence.getId());
    audit.record(AuditEntry.of(AuditAction.CHECKLIST_SUBMITTED, AuditSubject.CHECKLIST_ITEM, row.getItemId())
        .task(task)
        .detail(task.getVariable("itemCode") + "，开展日期 " + date + "，佐证材料 " + evidence.getId()));
  }

  /** ORG-2: the office's review is due a few working days from now, with reminders from that day on. */
  private void startReviewClock(DelegateTask task, ChecklistProgress row) {
    Campaign campaign = campaigns.findById(row.getCampaignId()).orElseThrow();
    ReviewPolicy policy = campaign.reviewPolicy();
    LocalDate dueDay = policy.reviewDueDay(CampaignClock.now());
    row.awaitReviewUntil(CampaignClock.endOfDay(dueDay).toInstant());
    // declared local to this item's branch by ChecklistItemOpener, so these land there
    task.setVariable("itemReviewDueAt", CampaignClock.endOfDay(dueDay));
    task.setVariable("itemReviewReminderCycle", policy.reminderCycle(dueDay, reminderHour));
  }

  private static LocalDate min(LocalDate a, LocalDate b) {
    return a.isBefore(b) ? a : b;
  }
}
