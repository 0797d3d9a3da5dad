package cn.qijin.obligation;

import static cn.qijin.support.model.ModelTestEngine.bean;
import static cn.qijin.support.model.ModelTestEngine.clockAt;
import static cn.qijin.support.model.ModelTestEngine.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.qijin.support.model.EveryFlowTaken;
import cn.qijin.support.model.ModelTestEngine;
import java.util.Date;
import java.util.concurrent.atomic.AtomicInteger;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13; REC-1, REC-2, REC-3, ORG-2: qijin_quarterly_obligation on the in-memory engine with its services
 * mocked. The ladder's level is a fake that {@code obligationLadder.reach} raises and {@code levelReached} reads,
 * like the obligation's record. Every sequence flow is taken.
 */
@Deployment(resources = QuarterlyObligationModelTest.MODEL)
@EveryFlowTaken(model = QuarterlyObligationModelTest.MODEL, process = QuarterlyObligationModelTest.KEY)
class QuarterlyObligationModelTest {

  static final String MODEL = "qijin/bpmn/qijin-quarterly-obligation.bpmn";
  static final String KEY = "qijin_quarterly_obligation";

  @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();

  // ENT-5 2017Q3 of a unit: PH-2 starts 2017-07-01
  static final Date PLANNED = shanghai(2017, 6, 30, 12, 0);
  static final Date PERIOD_START = shanghai(2017, 7, 1, 0, 0);
  static final Date DUE = shanghai(2017, 9, 30, 23, 59);
  static final Date FIRST_REMINDER = shanghai(2017, 9, 16, 9, 0);
  static final Date SECOND_REMINDER = shanghai(2017, 9, 27, 9, 0);
  static final Date LAPSE = shanghai(2017, 10, 1, 0, 0);
  static final Date URGE = shanghai(2017, 10, 8, 0, 0);
  static final Date TALK = shanghai(2017, 10, 16, 0, 0);
  static final Date REVIEW_DUE = shanghai(2017, 10, 27, 23, 59);
  static final String REVIEW_CYCLE = "R9/2017-10-27T01:00:00Z/P2D";

  ObligationInitializer initializer;
  ObligationTaskNamer namer;
  SessionSubmissionListener submission;
  ExtensionDecisionListener extensionDecision;
  ObligationReminder reminder;
  ObligationLadder ladder;
  EscalationOutcomeListener escalationOutcome;
  ReviewReminder reviewReminder;
  SessionReviewListener review;
  final AtomicInteger level = new AtomicInteger();

  @BeforeEach
  void mocks() {
    init(engine.getProcessEngine());
    clockAt(PLANNED);
    initializer = bean("obligationInitializer", ObligationInitializer.class);
    namer = bean("obligationTaskNamer", ObligationTaskNamer.class);
    submission = bean("sessionSubmissionListener", SessionSubmissionListener.class);
    extensionDecision = bean("extensionDecisionListener", ExtensionDecisionListener.class);
    reminder = bean("obligationReminder", ObligationReminder.class);
    ladder = bean("obligationLadder", ObligationLadder.class);
    escalationOutcome = bean("escalationOutcomeListener", EscalationOutcomeListener.class);
    reviewReminder = bean("reviewReminder", ReviewReminder.class);
    review = bean("sessionReviewListener", SessionReviewListener.class);
    doAnswer(call -> {
      level.set(call.getArgument(1));
      return null;
    }).when(ladder).reach(any(), anyInt());
    when(ladder.levelReached(any())).thenAnswer(call -> level.get());
  }

  @AfterEach
  void cleanUp() {
    ModelTestEngine.cleanUp();
  }

  /** Planned before the quarter, opened on its first day: the unit's task, a reminder and the lapse timer. */
  ProcessInstance opened() throws Exception {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "1-ENT01-ENT-5-2017Q3", withVariables(
        "unitGroup", "unitENT01", "periodStartAt", PERIOD_START, "dueAt", DUE, "nextReminderAt", FIRST_REMINDER,
        "escalation1At", LAPSE, "escalation2At", URGE, "escalation3At", TALK));
    verify(initializer).notify(any(DelegateExecution.class));
    assertThat(pi).isWaitingAt("QuarterStarted");
    assertThat(job().getDuedate()).isEqualTo(PERIOD_START);
    fire(pi, "QuarterStarted", PERIOD_START);
    assertThat(pi).isWaitingAt("RecordSessionTask", "ReminderDue", "ObligationLapsed");
    assertThat(task()).hasCandidateGroup("unitENT01").hasDueDate(DUE);
    assertThat(job("ReminderDue", pi).getDuedate()).isEqualTo(FIRST_REMINDER);
    assertThat(job("ObligationLapsed", pi).getDuedate()).isEqualTo(LAPSE);
    return pi;
  }

  static void fire(ProcessInstance pi, String activityId, Date at) {
    clockAt(at);
    Job timer = job(activityId, pi);
    assertThat(timer).as("timer of " + activityId).isNotNull();
    assertThat(timer.getDuedate()).isBeforeOrEqualTo(at);
    execute(timer);
  }

  void handIn(ProcessInstance pi) {
    complete(taskQuery().taskDefinitionKey("RecordSessionTask").singleResult(), withVariables("unitAction", "session",
        "reviewDueAt", REVIEW_DUE, "reviewReminderCycle", REVIEW_CYCLE));
    assertThat(pi).isWaitingAt("ReviewSessionTask");
    assertThat(pi).isNotWaitingAt("RecordSessionTask", "ReminderDue", "ObligationLapsed", "Level2Due", "Level3Due");
    assertThat(taskQuery().taskDefinitionKey("ReviewSessionTask").singleResult()).hasCandidateGroup("office")
        .hasDueDate(REVIEW_DUE);
  }

  void decide(boolean approved) {
    complete(taskQuery().taskDefinitionKey("ReviewSessionTask").singleResult(),
        withVariables("sessionApproved", approved));
  }

  @Test
  void a_session_handed_in_and_accepted_fulfils_the_obligation_and_stops_the_units_clock() throws Exception {
    ProcessInstance pi = opened();
    handIn(pi);
    verify(submission).notify(any(DelegateTask.class));
    assertThat(pi).hasPassed("SessionHandedIn");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId("ReminderDue").count())
        .as("no reminder while the office holds the file").isZero();
    decide(true);
    verify(review).notify(any(DelegateTask.class));
    assertThat(pi).isEnded().hasPassed("ObligationFulfilled", "ObligationClosed").hasNotPassed("WarnUnit");
    verify(reminder, never()).execute(any());
    verify(ladder, never()).reach(any(), anyInt());
  }

  @Test
  void an_extension_request_goes_to_the_office_and_back_to_the_unit() throws Exception {
    ProcessInstance pi = opened();
    complete(task(), withVariables("unitAction", "extension"));
    assertThat(pi).isWaitingAt("DecideExtensionTask", "ReminderDue", "ObligationLapsed");
    assertThat(task()).hasCandidateGroup("office").hasDueDate(DUE);
    Date later = shanghai(2017, 10, 15, 23, 59);
    complete(task(), withVariables("dueAt", later));
    verify(extensionDecision).notify(any(DelegateTask.class));
    assertThat(pi).isWaitingAt("RecordSessionTask");
    assertThat(task()).hasDueDate(later);
  }

  @Test
  void reminders_repeat_until_the_ladder_is_done() throws Exception {
    ProcessInstance pi = opened();
    doAnswer(call -> {
      ((DelegateExecution) call.getArgument(0)).setVariable("nextReminderAt", SECOND_REMINDER);
      return null;
    }).when(reminder).execute(any());
    fire(pi, "ReminderDue", FIRST_REMINDER);
    verify(reminder).execute(any());
    assertThat(pi).isWaitingAt("ReminderDue", "RecordSessionTask");
    assertThat(job("ReminderDue", pi).getDuedate()).isEqualTo(SECOND_REMINDER);

    level.set(3); // 红色约谈 reached: the leadership group follows up, no more mail
    fire(pi, "ReminderDue", SECOND_REMINDER);
    // 发送提醒 runs before 继续提醒？ asks for the level: the model calls the delegate once more, and ObligationReminder
    // sends nothing when 红色约谈 is reached (UnitClockTest); then the reminders stop.
    verify(reminder, times(2)).execute(any());
    assertThat(pi).hasPassed("RemindersOver").isNotWaitingAt("ReminderDue").isWaitingAt("RecordSessionTask");
  }

  @Test
  void the_ladder_climbs_warn_urge_talk_with_tasks_for_office_and_leadership() throws Exception {
    ProcessInstance pi = opened();
    fire(pi, "ObligationLapsed", LAPSE);
    verify(ladder).reach(any(), eq(1));
    assertThat(pi).isWaitingAt("Level2Due", "RecordSessionTask");

    fire(pi, "Level2Due", URGE);
    verify(ladder).reach(any(), eq(2));
    assertThat(pi).isWaitingAt("UrgeUnitTask", "Level3Due", "RecordSessionTask");
    assertThat(taskQuery().taskDefinitionKey("UrgeUnitTask").singleResult()).hasCandidateGroup("office")
        .hasDueDate(TALK);

    fire(pi, "Level3Due", TALK);
    verify(ladder).reach(any(), eq(3));
    assertThat(pi).hasPassed("LadderDone").isWaitingAt("UrgeUnitTask", "TalkWithUnitTask", "RecordSessionTask");
    assertThat(taskQuery().taskDefinitionKey("TalkWithUnitTask").singleResult()).hasCandidateGroup("leadership");

    complete(taskQuery().taskDefinitionKey("UrgeUnitTask").singleResult());
    complete(taskQuery().taskDefinitionKey("TalkWithUnitTask").singleResult());
    verify(escalationOutcome, times(2)).notify(any(DelegateTask.class));
    assertThat(pi).hasPassed("UrgeRecorded", "TalkRecorded").isWaitingAt("RecordSessionTask");
  }

  @Test
  void escalation_tasks_stay_open_while_the_office_reviews_and_acceptance_ends_them() throws Exception {
    ProcessInstance pi = opened();
    fire(pi, "ObligationLapsed", LAPSE);
    fire(pi, "Level2Due", URGE);
    handIn(pi);
    assertThat(pi).isWaitingAt("UrgeUnitTask", "ReviewSessionTask");
    decide(true);
    assertThat(pi).isEnded();
    assertThat(taskQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void a_return_restarts_the_units_clock_with_the_ladder_where_it_stood() throws Exception {
    ProcessInstance pi = opened();
    handIn(pi);
    decide(false); // level 0: the lapse timer again
    assertThat(pi).isWaitingAt("RecordSessionTask", "ReminderDue", "ObligationLapsed");

    level.set(1);
    handIn(pi);
    decide(false);
    assertThat(pi).isWaitingAt("RecordSessionTask", "Level2Due").isNotWaitingAt("ObligationLapsed");

    level.set(2);
    handIn(pi);
    decide(false);
    assertThat(pi).isWaitingAt("RecordSessionTask", "Level3Due").isNotWaitingAt("Level2Due");

    level.set(3);
    handIn(pi);
    decide(false);
    assertThat(pi).hasPassed("LadderAlreadyDone").isWaitingAt("RecordSessionTask", "ReminderDue")
        .isNotWaitingAt("ObligationLapsed", "Level2Due", "Level3Due");
    verify(ladder, never()).reach(any(), anyInt());
    verify(review, times(4)).notify(any(DelegateTask.class));
  }

  @Test
  void the_office_is_reminded_of_a_review_that_is_due_and_the_review_stays_open() throws Exception {
    ProcessInstance pi = opened();
    handIn(pi);
    Date reminded = shanghai(2017, 10, 27, 9, 0);
    fire(pi, "ReviewReminderDue", reminded);
    verify(reviewReminder).execute(any());
    assertThat(pi).hasPassed("ReviewReminderSent").isWaitingAt("ReviewSessionTask");
    assertThat(job("ReviewReminderDue", pi).getDuedate()).as("every 2 days").isEqualTo(shanghai(2017, 10, 29, 9, 0));
  }

  @Test
  void the_review_reminder_cycle_R10_reminds_the_office_eleven_times() throws Exception {
    ProcessInstance pi = opened();
    handIn(pi);
    int reminded = 0;
    for (Job timer = job("ReviewReminderDue", pi); timer != null && reminded < 20;
        timer = job("ReviewReminderDue", pi)) {
      clockAt(new Date(timer.getDuedate().getTime() + 60_000));
      execute(timer);
      reminded++;
    }
    // ReviewPolicy.MAX_REMINDERS = 10: "at most 10 times" (TimerCycle writes R9, the start plus nine repetitions)
    assertThat(reminded).isEqualTo(10);
    verify(reviewReminder, times(10)).execute(any());
    assertThat(pi).isWaitingAt("ReviewSessionTask");
  }

  @Test
  void an_exemption_ends_everything_of_the_obligation() throws Exception {
    ProcessInstance pi = opened();
    fire(pi, "ObligationLapsed", LAPSE);
    fire(pi, "Level2Due", URGE);
    runtimeService().createMessageCorrelation("ObligationExempted").processInstanceId(pi.getId()).correlate();
    assertThat(pi).isEnded().hasPassed("ObligationExempted").hasNotPassed("ObligationClosed");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).count()).isZero();
  }

  @Test
  void an_exemption_before_the_period_opens_ends_the_waiting_obligation() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, withVariables("periodStartAt", PERIOD_START));
    runtimeService().createMessageCorrelation("ObligationExempted").processInstanceId(pi.getId()).correlate();
    assertThat(pi).isEnded().hasPassed("ObligationExempted").hasNotPassed("RecordSessionTask");
  }
}
