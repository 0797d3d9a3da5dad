package cn.qijin.consolidation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
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
import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.notification.NotificationOutbox;
import cn.qijin.security.AccessRules;
import cn.qijin.security.Roles;
import cn.qijin.template.ReminderPolicy;
import cn.qijin.unit.TestUnits;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

/** Issue 13 part 3: the rules of a PH-3 problem's rectification (REC-2, ORG-1, ORG-2) without Spring or an engine. */
class RectificationStepsTest {

  static final String PROCESS = "pi-problem";
  static final LocalDate DUE = LocalDate.of(2017, 11, 20);
  static final ProcessStep OFFICE_STEP = new ProcessStep("office", PROCESS, "t-2", "验收整改", 1L, 11L, "ENT01");
  static final ProcessStep UNIT_STEP = new ProcessStep("unit-staff", PROCESS, "t-1", "整改问题", 1L, 11L, "ENT01");

  ConsolidationRecordRepository records = mock(ConsolidationRecordRepository.class);
  Campaigns campaigns = mock(Campaigns.class);
  Units units = mock(Units.class);
  ProblemReminderPolicy reminders = mock(ProblemReminderPolicy.class);
  ProblemRecipients recipients = mock(ProblemRecipients.class);
  NotificationOutbox outbox = mock(NotificationOutbox.class);
  AccessRules access = mock(AccessRules.class);
  EvidenceRecorder evidence = mock(EvidenceRecorder.class);
  AuditTrail audit = mock(AuditTrail.class);
  RectificationSteps steps = new RectificationSteps(records, campaigns, units, reminders, recipients, outbox, access,
      evidence, audit, cn.qijin.support.TestOrganisation.unrecorded());

  Unit unit = TestUnits.unit("ENT01", Instant.parse("2017-01-01T00:00:00Z"));
  ConsolidationRecord unitProblem = problem(11L, "unitENT01", "某厂");
  ConsolidationRecord officeProblem = problem(null, Roles.OFFICE, "活动办公室");
  ReminderPolicy policy = new ReminderPolicy(List.of(3), true, 2, 9);

  static ConsolidationRecord problem(Long unitId, String ownerGroup, String owner) {
    ConsolidationRecord problem = new ConsolidationRecord(1L, RecordKind.PROBLEM, ConsolidationRecord.Origin.DIRECT,
        "消防通道堵塞", "仓库后门", "office", Instant.parse("2017-10-10T02:00:00Z"))
        .forUnit(unitId).ownedBy(owner, DUE).assignedTo(ownerGroup);
    ReflectionTestUtils.setField(problem, "id", 31L);
    return problem;
  }

  @BeforeEach
  void world() {
    ReflectionTestUtils.setField(unit, "id", 11L);
    when(units.find(11L)).thenReturn(Optional.of(unit));
    when(records.problemOfProcess(PROCESS)).thenReturn(unitProblem);
    when(reminders.forCampaign(1L)).thenReturn(policy);
    when(recipients.ownerOf(any())).thenReturn(Set.of("owner@example.cn"));
    when(recipients.ofGroup(anyString())).thenReturn(Set.of("group@example.cn"));
    now("2017-11-15T02:00:00Z");
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
  @DisplayName("REC-2: a unit's problem is attached, readable by the unit, and first reminded by its policy")
  void a_unit_problem_starts_with_access_and_its_first_reminder() {
    when(records.findById(31L)).thenReturn(Optional.of(unitProblem));
    Campaign campaign = mock(Campaign.class);
    when(campaigns.find(1L)).thenReturn(Optional.of(campaign));

    RectificationSteps.StartedRectification started = steps.start(31L, PROCESS);

    assertThat(unitProblem.getProcessInstanceId()).isEqualTo(PROCESS);
    assertThat(started.unit()).contains(unit);
    assertThat(started.campaign()).isSameAs(campaign);
    assertThat(started.firstReminderAt()).isEqualTo(policy.nextAfter(DUE, Instant.parse("2017-11-15T02:00:00Z")));
    verify(access).grantUnitInstance(unit.groupId(), PROCESS);
  }

  @Test
  void an_office_problem_starts_without_a_unit() {
    when(records.findById(32L)).thenReturn(Optional.of(officeProblem));
    when(campaigns.find(1L)).thenReturn(Optional.of(mock(Campaign.class)));
    assertThat(steps.start(32L, PROCESS).unit()).isEmpty();
    verifyNoInteractions(access);
  }

  @Test
  void a_problem_unknown_to_the_application_does_not_start() {
    when(records.findById(99L)).thenReturn(Optional.empty());
    assertThatThrownBy(() -> steps.start(99L, PROCESS)).hasMessageContaining("started by the application only");
  }

  @Test
  @DisplayName("PH-3: a unit owner's files become the problem's evidence")
  void a_unit_owners_files_become_evidence() {
    Evidence files = mock(Evidence.class);
    when(files.getId()).thenReturn(66L);
    when(evidence.forRectification(eq(31L), any(), eq("u1"))).thenReturn(Optional.of(files));
    assertThat(steps.reportRectification(PROCESS, "已清理", "u1", UNIT_STEP)).contains(66L);
    ArgumentCaptor<EvidenceRecorder.Facts> facts = ArgumentCaptor.forClass(EvidenceRecorder.Facts.class);
    verify(evidence).forRectification(eq(31L), facts.capture(), eq("u1"));
    assertThat(facts.getValue().userId()).isEqualTo("unit-staff");
  }

  @Test
  @DisplayName("PH-3: the office's own problem takes no files, and says so in Chinese")
  void the_office_problem_refuses_files() {
    when(records.problemOfProcess(PROCESS)).thenReturn(officeProblem);
    assertThat(steps.reportRectification(PROCESS, "已整改", null, OFFICE_STEP)).isEmpty();
    assertThatThrownBy(() -> steps.reportRectification(PROCESS, "已整改", "u1", OFFICE_STEP))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("由活动办公室负责整改的问题不能上传佐证材料，请在整改情况中说明");
    verifyNoInteractions(evidence);
  }

  @Test
  @DisplayName("PH-3, ORG-2: accepting closes the problem with the owner's note, who and when")
  void accepting_closes_the_problem() {
    steps.verify(PROCESS, new RectificationSteps.Verification(true, null, "已清理"), OFFICE_STEP);
    assertThat(unitProblem.isClosed()).isTrue();
    assertThat(unitProblem.getClosingNote()).isEqualTo("已清理");
    assertThat(unitProblem.getClosedBy()).isEqualTo("office");
    assertThat(unitProblem.getClosedAt()).isEqualTo(Instant.parse("2017-11-15T02:00:00Z"));
    verify(evidence).reviewRectification(31L, true, null, "office");
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.PROBLEM_CLOSED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("消防通道堵塞");
  }

  @Test
  @DisplayName("PH-3, ORG-2: returning counts the return and keeps the problem open")
  void returning_keeps_the_problem_open() {
    steps.verify(PROCESS, new RectificationSteps.Verification(false, "仍有杂物", null), OFFICE_STEP);
    assertThat(unitProblem.isClosed()).isFalse();
    assertThat(unitProblem.getReturnCount()).isEqualTo(1);
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.PROBLEM_RETURNED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("仍有杂物");
  }

  @Test
  @DisplayName("PH-3: a rectification is not returned without a reason")
  void a_return_without_a_reason_is_refused_in_chinese() {
    assertThatThrownBy(() -> steps.verify(PROCESS, new RectificationSteps.Verification(false, null, null), OFFICE_STEP))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写退回原因");
    assertThat(unitProblem.getReturnCount()).isZero();
    verifyNoInteractions(audit, evidence);
  }

  @Test
  @DisplayName("REC-2: while the owner rectifies, a reminder mails the owner and places the next one")
  void the_rectifying_owner_is_reminded() {
    Instant at = Instant.parse("2017-11-17T01:00:00Z");
    RectificationSteps.Reminder reminder = steps.remind(PROCESS, at, true);
    assertThat(reminder.status()).contains("距整改期限 2017-11-20 还有 3 天");
    assertThat(reminder.nextAt()).isEqualTo(policy.nextAfter(DUE, at));
    verify(outbox).enqueue(eq("PROBLEM_REMINDER:31:" + at), eq("PROBLEM_REMINDER"), eq(null),
        eq(Set.of("owner@example.cn")), eq("【问题整改提醒】某厂：消防通道堵塞"), anyString());
  }

  @Test
  @DisplayName("REC-2: while the office verifies, nobody is reminded, and the next reminder is still placed")
  void nobody_is_reminded_while_the_office_verifies() {
    Instant at = Instant.parse("2017-11-17T01:00:00Z");
    RectificationSteps.Reminder reminder = steps.remind(PROCESS, at, false);
    assertThat(reminder.status()).isEmpty();
    assertThat(reminder.nextAt()).isEqualTo(policy.nextAfter(DUE, at));
    verifyNoInteractions(outbox);
  }

  @Test
  void the_reminder_says_due_today_or_how_late() {
    assertThat(RectificationSteps.status(DUE, DUE)).isEqualTo("今天到期（2017-11-20）");
    assertThat(RectificationSteps.status(DUE.plusDays(2), DUE)).isEqualTo("已逾期 2 天（整改期限 2017-11-20）");
  }

  @Test
  @DisplayName("REC-2, ORG-2: an overdue unit problem is reported to the office, once, with the owner in copy")
  void an_overdue_unit_problem_goes_to_the_office() {
    now("2017-11-21T00:00:00Z");
    RectificationSteps.Escalation escalation = steps.escalate(PROCESS);
    assertThat(escalation.escalatedTo()).isEqualTo(Roles.OFFICE);
    assertThat(escalation.taskComment()).isEqualTo("系统提醒：已超过整改期限 2017-11-20，已报活动办公室督办");
    assertThat(unitProblem.getEscalatedAt()).isEqualTo(Instant.parse("2017-11-21T00:00:00Z"));
    @SuppressWarnings("unchecked")
    ArgumentCaptor<Collection<String>> to = ArgumentCaptor.forClass(Collection.class);
    verify(outbox).enqueue(eq("PROBLEM_OVERDUE:31:2017-11-20"), eq("PROBLEM_OVERDUE"), eq(null), to.capture(),
        anyString(), anyString());
    assertThat(to.getValue()).containsExactly("group@example.cn", "owner@example.cn");
    verify(recipients).ofGroup(Roles.OFFICE);

    now("2017-11-22T00:00:00Z");
    steps.escalate(PROCESS);
    assertThat(unitProblem.getEscalatedAt()).isEqualTo(Instant.parse("2017-11-21T00:00:00Z"));
  }

  @Test
  @DisplayName("ORG-1: an overdue problem the office owns goes to the leadership group")
  void an_overdue_office_problem_goes_to_the_leadership() {
    when(records.problemOfProcess(PROCESS)).thenReturn(officeProblem);
    RectificationSteps.Escalation escalation = steps.escalate(PROCESS);
    assertThat(escalation.escalatedTo()).isEqualTo(Roles.LEADERSHIP);
    assertThat(escalation.taskComment()).endsWith("已报领导小组督办");
    verify(recipients).ofGroup(Roles.LEADERSHIP);
  }
}
