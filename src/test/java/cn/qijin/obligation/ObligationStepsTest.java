package cn.qijin.obligation;

import cn.qijin.obligation.internal.EscalationRecordEntity;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationSession;
import cn.qijin.obligation.internal.ObligationExtension;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.anyString;
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
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Quarter;
import cn.qijin.kernel.Venue;
import cn.qijin.kernel.process.ProcessVariables;
import cn.qijin.obligation.internal.EscalationRecordRepository;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationExtensionRepository;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.internal.ObligationSessionRepository;
import cn.qijin.security.AccessRules;
import cn.qijin.template.TemplateDocument;
import cn.qijin.unit.TestUnits;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

/**
 * Issue 13 part 3: the rules of an obligation's steps (REC-1..REC-3, ORG-2) without Spring or an engine —
 * repositories and neighbours are mocks, the obligation, session and extension are real entities.
 */
class ObligationStepsTest {

  static final String PROCESS = "pi-1";
  static final Instant DUE = Instant.parse("2017-09-30T15:59:59Z"); // end of 2017-09-30 in Shanghai
  static final ProcessStep STEP = new ProcessStep("unit-staff", PROCESS, "task-1", "开展季度活动", 7L, 11L, "U011");

  ObligationRepository obligations = mock(ObligationRepository.class);
  ObligationDefinitionRepository definitions = mock(ObligationDefinitionRepository.class);
  ObligationSessionRepository sessions = mock(ObligationSessionRepository.class);
  ObligationExtensionRepository extensions = mock(ObligationExtensionRepository.class);
  EscalationRecordRepository escalations = mock(EscalationRecordRepository.class);
  Campaigns campaigns = mock(Campaigns.class);
  Units units = mock(Units.class);
  EscalationPolicy escalation = mock(EscalationPolicy.class);
  AccessRules access = mock(AccessRules.class);
  EvidenceRecorder recorder = mock(EvidenceRecorder.class);
  AuditTrail audit = mock(AuditTrail.class);
  ObligationSteps steps = new ObligationSteps(obligations, definitions, sessions, extensions, escalations,
      campaigns, units, escalation, access, recorder, audit);

  ObligationEntity obligation = new ObligationEntity(7L, 3L, 11L, ObligationPeriod.of(Quarter.parse("2017Q3")),
      LocalDate.of(2017, 7, 1), DUE);
  ObligationDefinitionEntity definition = new ObligationDefinitionEntity(7L, "REC", Venue.ENTERPRISE, "quarterly", 1,
      "季度警示教育", null).remindedBy(TemplateDocument.Reminders.DEFAULT);
  Campaign campaign = mock(Campaign.class);

  @BeforeEach
  void world() {
    ReflectionTestUtils.setField(obligation, "id", 5L);
    when(obligations.ofProcess(PROCESS)).thenReturn(obligation);
    when(obligations.findById(any())).thenReturn(Optional.of(obligation));
    when(definitions.findById(any())).thenReturn(Optional.of(definition));
    when(campaigns.find(7L)).thenReturn(Optional.of(campaign));
    when(campaign.reviewPolicy()).thenReturn(ReviewPolicy.DEFAULT);
    when(escalation.ladder("REC")).thenReturn(List.of(new EscalationPolicy.Step(1, "督办提醒", 3)));
    when(sessions.save(any())).thenAnswer(call -> call.getArgument(0));
    when(extensions.save(any())).thenAnswer(call -> call.getArgument(0));
    Evidence evidence = mock(Evidence.class);
    when(evidence.getId()).thenReturn(99L);
    when(recorder.forSession(any(), any(), any(), any())).thenReturn(evidence);
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

  static SessionRecord session(LocalDate heldOn) {
    return new SessionRecord(heldOn, "警示教育会", 42, "某厂粉尘爆炸事故", "全体员工参加");
  }

  @Test
  void the_start_attaches_the_process_grants_the_unit_access_and_places_the_timers() {
    Unit unit = TestUnits.unit("U011", Instant.now());
    when(units.find(11L)).thenReturn(Optional.of(unit));
    now("2017-07-01T01:00:00Z");

    ObligationSteps.StartedObligation started = steps.start(5L, PROCESS);

    assertThat(obligation.getProcessInstanceId()).isEqualTo(PROCESS);
    verify(access).grantUnitInstance(unit.groupId(), PROCESS);
    assertThat(started.unit()).isSameAs(unit);
    assertThat(started.campaign()).isSameAs(campaign);
    assertThat(started.obligationCode()).isEqualTo("REC");
    assertThat(started.quarter().code()).isEqualTo("2017Q3");
    assertThat(started.periodStart()).isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(started.periodEnd()).isEqualTo(LocalDate.of(2017, 9, 30));
    assertThat(started.timing()).containsEntry(ProcessVariables.DUE_DATE.name(), "2017-09-30")
        .containsEntry(ProcessVariables.DUE_AT.name(), Date.from(DUE))
        .containsKey(ProcessVariables.ESCALATION1_AT.name());
  }

  @Test
  void the_session_window_runs_from_the_period_start_to_today() {
    now("2017-08-15T02:00:00Z");
    assertThat(steps.sessionWindow(PROCESS))
        .isEqualTo(new ObligationSteps.SessionWindow(LocalDate.of(2017, 7, 1), LocalDate.of(2017, 8, 15)));
  }

  @Test
  @DisplayName("REC-1, REC-2, ORG-2: a session submitted by the deadline is on time and starts the office's review clock")
  void a_session_submitted_by_the_deadline_is_on_time_and_starts_the_review_clock() {
    now("2017-09-20T02:00:00Z");

    ObligationSteps.SubmittedSession submitted =
        steps.submitSession(PROCESS, session(LocalDate.of(2017, 9, 18)), "u1,u2", STEP);

    assertThat(submitted.onTime()).isTrue();
    assertThat(submitted.evidenceId()).isEqualTo(99L);
    assertThat(obligation.isAwaitingReview()).isTrue();
    assertThat(obligation.getSubmittedOnTime()).isTrue();
    assertThat(obligation.getReviewDueAt()).isEqualTo(ReviewPolicy.DEFAULT.reviewDueAt(Instant.parse("2017-09-20T02:00:00Z")));
    assertThat(submitted.reviewTiming()).containsKeys(ProcessVariables.REVIEW_DUE_AT.name(),
        ProcessVariables.REVIEW_DUE_DATE.name(), ProcessVariables.REVIEW_REMINDER_CYCLE.name());
    ArgumentCaptor<ObligationSession> saved = ArgumentCaptor.forClass(ObligationSession.class);
    verify(sessions).save(saved.capture());
    assertThat(saved.getValue().getOnTime()).isTrue();
    assertThat(saved.getValue().getSubmittedBy()).isEqualTo("unit-staff");
    assertThat(saved.getValue().getState()).isEqualTo(ObligationSession.State.SUBMITTED);
    ArgumentCaptor<EvidenceRecorder.Facts> facts = ArgumentCaptor.forClass(EvidenceRecorder.Facts.class);
    verify(recorder).forSession(any(), any(), facts.capture(), eq("u1,u2"));
    assertThat(facts.getValue().processInstanceId()).isEqualTo(PROCESS);
    assertThat(facts.getValue().venue()).isEqualTo(Venue.ENTERPRISE);
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.SESSION_SUBMITTED);
    assertThat(AuditEntries.actor(entry)).isEqualTo("unit-staff");
    assertThat(AuditEntries.processInstanceId(entry)).isEqualTo(PROCESS);
    assertThat(AuditEntries.detail(entry)).isEqualTo("2017Q3，活动日期 2017-09-18，按时提交，佐证材料 99");
  }

  @Test
  @DisplayName("REC-2: a session submitted after the deadline is late, whenever the office answers")
  void a_session_submitted_after_the_deadline_is_late() {
    now("2017-10-03T02:00:00Z");

    ObligationSteps.SubmittedSession submitted =
        steps.submitSession(PROCESS, session(LocalDate.of(2017, 9, 28)), null, STEP);

    assertThat(submitted.onTime()).isFalse();
    assertThat(obligation.getSubmittedOnTime()).isFalse();
    assertThat(AuditEntries.detail(audited())).contains("逾期提交");
  }

  @Test
  @DisplayName("REC-3: before the due date the unit may ask for more time; the request is recorded and audited")
  void before_the_due_date_an_extension_is_requested() {
    now("2017-09-25T02:00:00Z");

    assertThat(steps.dueDayOpenForExtension(PROCESS)).isEqualTo(LocalDate.of(2017, 9, 30));
    steps.requestExtension(PROCESS, LocalDate.of(2017, 10, 20), "停产检修", STEP);

    ArgumentCaptor<ObligationExtension> saved = ArgumentCaptor.forClass(ObligationExtension.class);
    verify(extensions).save(saved.capture());
    assertThat(saved.getValue().getRequestedDueDate()).isEqualTo(LocalDate.of(2017, 10, 20));
    assertThat(saved.getValue().getPreviousDueAt()).isEqualTo(DUE);
    assertThat(saved.getValue().getReason()).isEqualTo("停产检修");
    assertThat(saved.getValue().getRequestedBy()).isEqualTo("unit-staff");
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.EXTENSION_REQUESTED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("2017Q3，原到期日 2017-09-30，申请延期至 2017-10-20：停产检修");
  }

  @Test
  @DisplayName("REC-3: past the due date no extension may be asked for, grace or not")
  void past_the_due_date_an_extension_is_refused_in_chinese() {
    now("2017-10-01T02:00:00Z");

    assertThatThrownBy(() -> steps.dueDayOpenForExtension(PROCESS))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("已过到期日 2017-09-30，不能再申请延期");
    assertThatThrownBy(() -> steps.requestExtension(PROCESS, LocalDate.of(2017, 10, 20), "停产检修", STEP))
        .isInstanceOf(InvalidInputException.class);
    verify(extensions, never()).save(any());
  }

  ObligationSession submittedSession(Boolean onTime) {
    ObligationSession session = new ObligationSession(5L, session(LocalDate.of(2017, 9, 18)),
        ObligationSession.State.SUBMITTED, "unit-staff", Instant.parse("2017-09-20T02:00:00Z"));
    if (onTime != null) {
      session.judgeOnTime(onTime);
    }
    when(sessions.findById(8L)).thenReturn(Optional.of(session));
    return session;
  }

  @Test
  @DisplayName("REC-1: an accepted on-time session fulfils the obligation; no variables change")
  void an_accepted_session_fulfils_the_obligation() {
    ObligationSession session = submittedSession(true);
    now("2017-10-10T02:00:00Z");

    assertThat(steps.reviewSession(PROCESS, 8L, true, null, STEP)).isEmpty();

    assertThat(session.getState()).isEqualTo(ObligationSession.State.ACCEPTED);
    assertThat(session.getReviewedBy()).isEqualTo("unit-staff");
    assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
    verify(recorder).reviewSession(session.getId(), true, null, "unit-staff");
    assertThat(AuditEntries.action(audited())).isEqualTo(AuditAction.SESSION_ACCEPTED);
  }

  @Test
  @DisplayName("REC-2: an accepted session that came late fulfils the obligation late")
  void an_accepted_late_session_fulfils_late() {
    submittedSession(false);
    assertThat(steps.reviewSession(PROCESS, 8L, true, "补交", STEP)).isEmpty();
    assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.FULFILLED_LATE);
  }

  @Test
  @DisplayName("REC-2: a session submitted before version 4 (not judged) is judged by the deadline on acceptance")
  void an_unjudged_session_is_judged_by_the_deadline_on_acceptance() {
    submittedSession(null); // submitted 2017-09-20, deadline 2017-09-30
    steps.reviewSession(PROCESS, 8L, true, null, STEP);
    assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
  }

  @Test
  @DisplayName("REC-2: a returned session gives the unit a grace period and resumes its clock")
  void a_returned_session_gives_the_unit_its_grace() {
    ObligationSession session = submittedSession(true);
    now("2017-10-10T02:00:00Z");

    Optional<Map<String, Object>> timing = steps.reviewSession(PROCESS, 8L, false, "照片不清楚", STEP);

    Instant grace = ReviewPolicy.DEFAULT.graceUntil(Instant.parse("2017-10-10T02:00:00Z"));
    assertThat(session.getState()).isEqualTo(ObligationSession.State.RETURNED);
    assertThat(obligation.getStatus()).isEqualTo(ObligationStatus.OPEN);
    assertThat(obligation.isAwaitingReview()).isFalse();
    assertThat(obligation.getDeadlineAt()).isEqualTo(grace);
    assertThat(timing).get().extracting(vars -> vars.get(ProcessVariables.DUE_AT.name()))
        .isEqualTo(Date.from(grace));
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.SESSION_RETURNED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("照片不清楚");
  }

  @Test
  @DisplayName("REC-1: a session is not returned without a reason")
  void a_return_without_a_reason_is_refused_in_chinese() {
    submittedSession(true);
    assertThatThrownBy(() -> steps.reviewSession(PROCESS, 8L, false, null, STEP))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写退回原因");
    verifyNoInteractions(audit, recorder);
  }

  @Test
  void a_session_of_another_obligation_is_not_reviewed() {
    ObligationSession other = new ObligationSession(42L, session(LocalDate.of(2017, 9, 18)),
        ObligationSession.State.SUBMITTED, "unit-staff", Instant.parse("2017-09-20T02:00:00Z"));
    when(sessions.findById(8L)).thenReturn(Optional.of(other));
    assertThatThrownBy(() -> steps.reviewSession(PROCESS, 8L, true, null, STEP))
        .isInstanceOf(IllegalStateException.class);
  }

  ObligationExtension requested() {
    ObligationExtension extension = new ObligationExtension(5L, "停产检修", DUE, LocalDate.of(2017, 10, 20),
        "unit-staff", Instant.parse("2017-09-25T02:00:00Z"));
    when(extensions.findById(6L)).thenReturn(Optional.of(extension));
    return extension;
  }

  @Test
  @DisplayName("REC-3: an approved extension moves the due date and the variables of every reminder and escalation")
  void an_approved_extension_moves_the_due_date() {
    ObligationExtension extension = requested();
    now("2017-09-26T02:00:00Z");

    Optional<Map<String, Object>> timing = steps.decideExtension(6L, true, null, STEP);

    assertThat(extension.getDecision()).isEqualTo(ObligationExtension.Decision.APPROVED);
    Instant newDue = Instant.parse("2017-10-20T15:59:59Z");
    assertThat(obligation.getDueAt()).isEqualTo(newDue);
    assertThat(obligation.isExtended()).isTrue();
    assertThat(timing).get().extracting(vars -> vars.get(ProcessVariables.DUE_DATE.name())).isEqualTo("2017-10-20");
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.EXTENSION_APPROVED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("延期至 2017-10-20");
  }

  @Test
  @DisplayName("REC-3: a refused extension leaves the due date as it was")
  void a_refused_extension_changes_nothing_else() {
    ObligationExtension extension = requested();

    assertThat(steps.decideExtension(6L, false, "理由不充分", STEP)).isEmpty();

    assertThat(extension.getDecision()).isEqualTo(ObligationExtension.Decision.REFUSED);
    assertThat(obligation.getDueAt()).isEqualTo(DUE);
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.EXTENSION_REFUSED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("延期至 2017-10-20：理由不充分");
  }

  @Test
  @DisplayName("REC-3: an extension is not refused without a reason")
  void a_refusal_without_a_reason_is_refused_in_chinese() {
    requested();
    assertThatThrownBy(() -> steps.decideExtension(6L, false, null, STEP))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写不同意延期的理由");
    verifyNoInteractions(audit);
  }

  @Test
  @DisplayName("REC-2: the outcome of a 督办 or 约谈 is kept on its escalation record with who and when")
  void the_escalation_outcome_is_recorded() {
    EscalationRecordEntity talk = new EscalationRecordEntity(5L, 3, "红色约谈", Instant.parse("2017-10-20T16:00:00Z"));
    when(escalations.findByObligationIdAndLevel(5L, 3)).thenReturn(Optional.of(talk));
    now("2017-10-23T02:00:00Z");

    steps.recordEscalationOutcome(PROCESS, 3, "已约谈单位负责人", STEP);

    assertThat(talk.getOutcome()).isEqualTo("已约谈单位负责人");
    assertThat(talk.getOutcomeBy()).isEqualTo("unit-staff");
    assertThat(talk.getOutcomeAt()).isEqualTo(Instant.parse("2017-10-23T02:00:00Z"));
  }
}
