package cn.qijin.checklist;

import cn.qijin.checklist.internal.ChecklistItemEntity;
import cn.qijin.checklist.internal.ChecklistProgressEntity;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.audit.ProcessStep;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.ReviewPolicy;
import cn.qijin.checklist.internal.ChecklistItemRepository;
import cn.qijin.checklist.internal.ChecklistProgressRepository;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Theme;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.template.TemplateDocument;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The rules behind one unit's checklist items (PH-2, ORG-2, and the carry-over into PH-3): an item is opened,
 * the unit reports what it did, the office accepts or returns it and is reminded of its review, and what is
 * still open when PH-2 ends becomes a problem of PH-3. The listeners only read forms and write variables.
 */
@Service
@Transactional
public class ChecklistSteps {

  private static final Logger LOG = LoggerFactory.getLogger(ChecklistSteps.class);

  private final ChecklistProgressRepository progress;
  private final ChecklistItemRepository items;
  private final UnitChecklist checklist;
  private final Campaigns campaigns;
  private final Units units;
  private final EvidenceRecorder recorder;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;
  private final int reminderHour = TemplateDocument.Reminders.DEFAULT.hour();

  public ChecklistSteps(ChecklistProgressRepository progress, ChecklistItemRepository items, UnitChecklist checklist,
      Campaigns campaigns, Units units, EvidenceRecorder recorder, AuditTrail audit,
      ApplicationEventPublisher events) {
    this.progress = progress;
    this.items = items;
    this.checklist = checklist;
    this.campaigns = campaigns;
    this.units = units;
    this.recorder = recorder;
    this.audit = audit;
    this.events = events;
  }

  /**
   * PH-2: the item is open for the unit in this process. A unit process started again (e.g. restarted in Cockpit)
   * takes its rows over: submissions find them by instance.
   */
  public ChecklistItemEntity open(Long campaignId, Long unitId, Long itemId, String processInstanceId) {
    ChecklistItemEntity item = items.findById(itemId)
        .orElseThrow(() -> new IllegalStateException("Checklist item " + itemId + " not found"));
    progress.findByCampaignIdAndUnitIdAndItemId(campaignId, unitId, itemId).ifPresentOrElse(
        row -> row.attachProcess(processInstanceId),
        () -> progress.save(new ChecklistProgressEntity(campaignId, unitId, itemId, processInstanceId)));
    return item;
  }

  /** What the unit did for an item, as checked on its form. */
  public record Activity(LocalDate date, String place, long participants, Set<Theme> themes, String summary) {}

  /** The recorded submission: its evidence and the office's review clock (ORG-2). */
  public record Submitted(Long evidenceId, Instant reviewDueAt, String reviewReminderCycle) {}

  /**
   * PH-2, ORG-2: the unit's report and its files are recorded; the office's review is due a few working days from
   * now, with reminders from that day on.
   */
  public Submitted submit(String processInstanceId, Long itemId, Activity activity, String uploadIds,
      ProcessStep step) {
    ChecklistProgressEntity row = progress.ofProcess(processInstanceId, itemId);
    String themes = Theme.toCsv(activity.themes());
    Instant now = CampaignClock.now();
    row.submit(activity.date(), activity.place(), activity.participants(), themes, activity.summary(),
        step.actorOrSystem(), now);
    ReviewPolicy policy = campaigns.find(row.getCampaignId()).orElseThrow().reviewPolicy();
    LocalDate dueDay = policy.reviewDueDay(now);
    Instant reviewDueAt = CampaignClock.endOfDay(dueDay).toInstant();
    row.awaitReviewUntil(reviewDueAt);
    ChecklistItemEntity item = items.findById(row.getItemId()).orElseThrow();
    var facts = new EvidenceRecorder.Facts(row.getCampaignId(), row.getUnitId(), item.getVenue(), processInstanceId,
        activity.date(), activity.place(), activity.participants(), themes, activity.summary(), step.actorOrSystem());
    Long evidenceId = recorder.forChecklistItem(row.getItemId(), facts, uploadIds).getId();
    audit.record(AuditEntry.of(AuditAction.CHECKLIST_SUBMITTED, AuditSubject.CHECKLIST_ITEM, row.getItemId())
        .step(step).detail(item.getCode() + "，开展日期 " + activity.date() + "，佐证材料 " + evidenceId));
    return new Submitted(evidenceId, reviewDueAt, policy.reminderCycle(dueDay, reminderHour));
  }

  /** The office's answer to a submitted item; a return needs a reason. */
  public record Review(boolean accepted, String comment) {}

  /**
   * PH-2, ORG-2: the office accepts the item (销号) or returns it (退回). An item returned after PH-2 has ended
   * ({@code ph2End}) is the unit's problem in PH-3 from now on. Returns how often the item has been returned.
   */
  public int review(String processInstanceId, Long itemId, Review review, LocalDate ph2End, String unitName,
      String ph3End, ProcessStep step) {
    if (!review.accepted() && review.comment() == null) {
      throw new InvalidInputException("请填写退回原因");
    }
    ChecklistProgressEntity row = progress.ofProcess(processInstanceId, itemId);
    row.review(review.accepted(), review.comment(), step.actorOrSystem(), CampaignClock.now());
    recorder.reviewChecklistItem(row.getCampaignId(), row.getUnitId(), row.getItemId(), review.accepted(),
        review.comment(), step.actorOrSystem());
    if (!review.accepted() && CampaignClock.today().isAfter(ph2End)
        && carry(row, checklist.carriers(row.getCampaignId()), unitName, ph3End)) {
      LOG.info("Campaign {} unit {}: item {} returned after PH-2, carried into PH-3", row.getCampaignId(),
          row.getUnitId(), row.getItemId());
    }
    String itemCode = items.findById(row.getItemId()).map(ChecklistItemEntity::getCode).orElse(null);
    audit.record(AuditEntry.of(review.accepted() ? AuditAction.CHECKLIST_ACCEPTED : AuditAction.CHECKLIST_RETURNED,
        AuditSubject.CHECKLIST_ITEM, row.getItemId()).step(step)
        .detail(itemCode + (review.comment() == null ? "" : "：" + review.comment())));
    return row.getReturnCount();
  }

  /**
   * ORG-2: the office's review of the item is due or overdue: the reminder to send (once per day), or none when
   * the item was answered in the same moment and nothing is waiting.
   */
  @Transactional(readOnly = true)
  public Optional<UnitTaskReminder.Message> reviewReminder(String processInstanceId, Long itemId) {
    ChecklistProgressEntity row = progress.ofProcess(processInstanceId, itemId);
    if (row.getReviewDueAt() == null) {
      return Optional.empty();
    }
    ChecklistItemEntity item = items.findById(row.getItemId()).orElseThrow();
    Unit unit = units.find(row.getUnitId()).orElseThrow();
    LocalDate today = CampaignClock.today();
    LocalDate dueDay = LocalDate.ofInstant(row.getReviewDueAt(), CampaignClock.ZONE);
    long daysLate = ChronoUnit.DAYS.between(dueDay, today);
    String status = daysLate <= 0 ? "今天是审核期限（" + dueDay + "）" : "已超过审核期限 " + daysLate + " 天（期限 " + dueDay + "）";
    String what = unit.getName() + " " + item.getCode() + "：" + item.getTitle();
    return Optional.of(new UnitTaskReminder.Message(
        "ITEM_REVIEW_REMINDER:" + row.getId() + ":" + row.getSubmittedAt() + ":" + today, "REVIEW_REMINDER", null,
        "【审核提醒】" + what + " 的落实情况待审核",
        "活动办公室：\n\n" + what + " 于 " + LocalDate.ofInstant(row.getSubmittedAt(), CampaignClock.ZONE)
            + " 提交的落实情况尚未审核，" + status + "。\n请登录任务列表，在“审核落实情况”中销号或退回。"
            + "\n\n安全生产宣传教育“七进”活动管理系统",
        "系统提醒：" + status));
  }

  /**
   * PH-2 → PH-3: the unit's items not accepted when PH-2 ends become problems to solve in PH-3 (see
   * {@link CarryOverOpenItems}); an item waiting for the office's review is the office's to answer, not the unit's
   * problem (REC-2, ORG-2). Returns how many were carried over.
   */
  public int carryOpenItems(Long campaignId, Long unitId, String unitName, String ph3End) {
    UnitChecklist.Carriers carriers = checklist.carriers(campaignId);
    int carried = 0;
    for (ChecklistProgressEntity row : progress.findByCampaignIdAndUnitIdAndStateNot(campaignId, unitId, ProgressState.ACCEPTED)) {
      if (row.getState() != ProgressState.SUBMITTED && carry(row, carriers, unitName, ph3End)) {
        carried++;
      }
    }
    LOG.info("Campaign {} unit {}: {} open checklist items carried into PH-3", campaignId, unitId, carried);
    return carried;
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
