package cn.qijin.checklist;

import cn.qijin.checklist.internal.ChecklistItemEntity;
import cn.qijin.checklist.internal.ChecklistProgressEntity;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntries;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditTrail;
import cn.qijin.audit.ProcessStep;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.ReviewPolicy;
import cn.qijin.checklist.internal.ChecklistItemRepository;
import cn.qijin.checklist.internal.ChecklistProgressRepository;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Theme;
import cn.qijin.kernel.Venue;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.test.util.ReflectionTestUtils;

/** Issue 13 part 3: the rules of a unit's checklist items (PH-2, ORG-2, carry-over into PH-3) without Spring or an engine. */
class ChecklistStepsTest {

  static final String PROCESS = "pi-unit";
  static final LocalDate PH2_END = LocalDate.of(2017, 9, 30);
  static final String PH3_END = "2017-11-30";
  static final ProcessStep STEP = new ProcessStep("office", PROCESS, "t-1", "审核落实情况", 1L, 11L, "ENT01");

  ChecklistProgressRepository progress = mock(ChecklistProgressRepository.class);
  ChecklistItemRepository items = mock(ChecklistItemRepository.class);
  UnitChecklist checklist = mock(UnitChecklist.class);
  Campaigns campaigns = mock(Campaigns.class);
  Units units = mock(Units.class);
  EvidenceRecorder recorder = mock(EvidenceRecorder.class);
  AuditTrail audit = mock(AuditTrail.class);
  ApplicationEventPublisher events = mock(ApplicationEventPublisher.class);
  ChecklistSteps steps = new ChecklistSteps(progress, items, checklist, campaigns, units, recorder, audit, events);

  ChecklistItemEntity item = new ChecklistItemEntity(1L, Venue.ENTERPRISE, "ENT-1", "开展安全生产宣传", "说明", "LAW",
      ChecklistItem.Origin.TEMPLATE, 1);
  ChecklistProgressEntity row = new ChecklistProgressEntity(1L, 11L, 201L, PROCESS);

  @BeforeEach
  void world() {
    ReflectionTestUtils.setField(item, "id", 201L);
    when(items.findById(201L)).thenReturn(Optional.of(item));
    when(progress.ofProcess(PROCESS, 201L)).thenReturn(row);
    when(checklist.carriers(1L)).thenReturn(new UnitChecklist.Carriers(Set.of()));
    Campaign campaign = mock(Campaign.class);
    when(campaign.reviewPolicy()).thenReturn(ReviewPolicy.DEFAULT);
    when(campaigns.find(1L)).thenReturn(Optional.of(campaign));
    now("2017-08-15T02:00:00Z");
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static void now(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  AuditEntry audited() {
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    return entry.getValue();
  }

  @Test
  void opening_an_item_creates_its_row_or_takes_over_the_one_of_an_earlier_process() {
    when(progress.findByCampaignIdAndUnitIdAndItemId(1L, 11L, 201L)).thenReturn(Optional.empty());
    assertThat(steps.open(1L, 11L, 201L, PROCESS)).isSameAs(item);
    ArgumentCaptor<ChecklistProgressEntity> saved = ArgumentCaptor.forClass(ChecklistProgressEntity.class);
    verify(progress).save(saved.capture());
    assertThat(saved.getValue().getProcessInstanceId()).isEqualTo(PROCESS);

    ChecklistProgressEntity earlier = new ChecklistProgressEntity(1L, 11L, 201L, "pi-old");
    when(progress.findByCampaignIdAndUnitIdAndItemId(1L, 11L, 201L)).thenReturn(Optional.of(earlier));
    steps.open(1L, 11L, 201L, "pi-restarted");
    assertThat(earlier.getProcessInstanceId()).isEqualTo("pi-restarted");
  }

  @Test
  void an_unknown_item_is_not_opened() {
    when(items.findById(999L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> steps.open(1L, 11L, 999L, PROCESS)).hasMessageContaining("Checklist item 999 not found");
  }

  @Test
  @DisplayName("PH-2, ORG-2: a submitted item waits for the office's review, due a few working days later")
  void a_submission_is_recorded_and_starts_the_review_clock() {
    Evidence evidence = mock(Evidence.class);
    when(evidence.getId()).thenReturn(55L);
    when(recorder.forChecklistItem(eq(201L), any(), eq("u1"))).thenReturn(evidence);
    Set<Theme> themes = EnumSet.of(Theme.values()[0]);

    ChecklistSteps.Submitted submitted = steps.submit(PROCESS, 201L,
        new ChecklistSteps.Activity(LocalDate.of(2017, 8, 10), "厂区礼堂", 80, themes, "全员参加"), "u1",
        new ProcessStep("unit-staff", PROCESS, "t-0", "填报落实情况", 1L, 11L, "ENT01"));

    LocalDate dueDay = ReviewPolicy.DEFAULT.reviewDueDay(Instant.parse("2017-08-15T02:00:00Z"));
    assertThat(submitted.reviewDueAt()).isEqualTo(CampaignClock.endOfDay(dueDay).toInstant());
    assertThat(submitted.reviewReminderCycle()).isEqualTo(ReviewPolicy.DEFAULT.reminderCycle(dueDay, 9));
    assertThat(submitted.evidenceId()).isEqualTo(55L);
    assertThat(row.getState()).isEqualTo(ProgressState.SUBMITTED);
    assertThat(row.getSubmittedBy()).isEqualTo("unit-staff");
    assertThat(row.getActivityThemes()).isEqualTo(Theme.toCsv(themes));
    assertThat(row.getReviewDueAt()).isEqualTo(submitted.reviewDueAt());
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.CHECKLIST_SUBMITTED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("ENT-1，开展日期 2017-08-10，佐证材料 55");
  }

  @Test
  @DisplayName("PH-2: an accepted item is ticked off (销号)")
  void an_accepted_item_is_ticked_off() {
    assertThat(steps.review(PROCESS, 201L, new ChecklistSteps.Review(true, null), PH2_END, "某厂", PH3_END, STEP))
        .isZero();
    assertThat(row.getState()).isEqualTo(ProgressState.ACCEPTED);
    assertThat(row.getReviewedBy()).isEqualTo("office");
    verify(recorder).reviewChecklistItem(1L, 11L, 201L, true, null, "office");
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.CHECKLIST_ACCEPTED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("ENT-1");
  }

  @Test
  @DisplayName("PH-2, ORG-2: a return during PH-2 counts, and the item stays the unit's PH-2 task")
  void a_return_during_ph2_is_counted_and_not_carried_over() {
    assertThat(steps.review(PROCESS, 201L, new ChecklistSteps.Review(false, "照片不清"), PH2_END, "某厂", PH3_END, STEP))
        .isEqualTo(1);
    assertThat(row.getState()).isEqualTo(ProgressState.RETURNED);
    assertThat(row.isCarriedOver()).isFalse();
    verifyNoInteractions(events);
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.CHECKLIST_RETURNED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("ENT-1：照片不清");
  }

  @Test
  @DisplayName("ORG-2: an item returned after PH-2 has ended becomes the unit's problem in PH-3")
  void a_return_after_ph2_carries_the_item_over() {
    now("2017-10-02T02:00:00Z");
    steps.review(PROCESS, 201L, new ChecklistSteps.Review(false, "照片不清"), PH2_END, "某厂", PH3_END, STEP);
    assertThat(row.isCarriedOver()).isTrue();
    verify(events).publishEvent(new OpenItemCarriedOver(1L, 11L, 201L, "ENT-1 开展安全生产宣传", "某厂",
        LocalDate.of(2017, 11, 30)));
  }

  @Test
  @DisplayName("PH-2: an item is not returned without a reason")
  void a_return_without_a_reason_is_refused_in_chinese() {
    assertThatThrownBy(() -> steps.review(PROCESS, 201L, new ChecklistSteps.Review(false, null), PH2_END, "某厂",
        PH3_END, STEP)).isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写退回原因");
    assertThat(row.getState()).isNotEqualTo(ProgressState.RETURNED);
    verifyNoInteractions(audit, recorder);
  }

  @Test
  @DisplayName("PH-2 → PH-3: open and returned items are carried over once; submitted, accepted and recurring ones are not")
  void open_items_are_carried_over_when_ph2_ends() {
    ChecklistProgressEntity open = new ChecklistProgressEntity(1L, 11L, 201L, PROCESS);
    ChecklistProgressEntity waiting = new ChecklistProgressEntity(1L, 11L, 202L, PROCESS);
    waiting.submit(LocalDate.of(2017, 9, 1), "礼堂", 10, "LAW", "已开展", "unit-staff", Instant.now());
    ChecklistProgressEntity already = new ChecklistProgressEntity(1L, 11L, 201L, PROCESS);
    already.carryOver();
    ChecklistItemEntity recurring = new ChecklistItemEntity(1L, Venue.ENTERPRISE, "ENT-5", "每季度事故警示教育", null, null,
        ChecklistItem.Origin.TEMPLATE, 5);
    when(items.findById(203L)).thenReturn(Optional.of(recurring));
    when(checklist.carriers(1L)).thenReturn(new UnitChecklist.Carriers(Set.of("ENTERPRISE/ENT-5")));
    ChecklistProgressEntity carriedByObligation = new ChecklistProgressEntity(1L, 11L, 203L, PROCESS);
    when(progress.findByCampaignIdAndUnitIdAndStateNot(1L, 11L, ProgressState.ACCEPTED))
        .thenReturn(List.of(open, waiting, already, carriedByObligation));

    assertThat(steps.carryOpenItems(1L, 11L, "某厂", PH3_END)).isEqualTo(1);

    assertThat(open.isCarriedOver()).isTrue();
    assertThat(waiting.isCarriedOver()).isFalse();
    assertThat(carriedByObligation.isCarriedOver()).isFalse();
    verify(events).publishEvent(any(OpenItemCarriedOver.class));
  }

  @Test
  @DisplayName("ORG-2: the office is reminded of a waiting review, once per day, saying how late it is")
  void the_office_is_reminded_of_a_waiting_review() {
    row.submit(LocalDate.of(2017, 8, 10), "礼堂", 10, "LAW", "已开展", "unit-staff",
        Instant.parse("2017-08-10T02:00:00Z"));
    row.awaitReviewUntil(CampaignClock.endOfDay(LocalDate.of(2017, 8, 15)).toInstant());
    Unit unit = mock(Unit.class);
    when(unit.getName()).thenReturn("某厂");
    when(units.find(11L)).thenReturn(Optional.of(unit));

    UnitTaskReminder.Message dueToday = steps.reviewReminder(PROCESS, 201L).orElseThrow();
    assertThat(dueToday.subject()).isEqualTo("【审核提醒】某厂 ENT-1：开展安全生产宣传 的落实情况待审核");
    assertThat(dueToday.comment()).isEqualTo("系统提醒：今天是审核期限（2017-08-15）");
    assertThat(dueToday.key()).endsWith(":2017-08-15");

    now("2017-08-18T02:00:00Z");
    UnitTaskReminder.Message late = steps.reviewReminder(PROCESS, 201L).orElseThrow();
    assertThat(late.comment()).isEqualTo("系统提醒：已超过审核期限 3 天（期限 2017-08-15）");
    assertThat(late.body()).contains("于 2017-08-10 提交的落实情况尚未审核");
  }

  @Test
  void no_reminder_when_the_review_was_answered_in_the_same_moment() {
    assertThat(steps.reviewReminder(PROCESS, 201L)).isEmpty();
    verify(units, never()).find(any());
  }
}
