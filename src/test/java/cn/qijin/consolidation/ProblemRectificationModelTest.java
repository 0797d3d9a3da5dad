package cn.qijin.consolidation;

import static cn.qijin.support.model.ModelTestEngine.bean;
import static cn.qijin.support.model.ModelTestEngine.clockAt;
import static cn.qijin.support.model.ModelTestEngine.fireTimer;
import static cn.qijin.support.model.ModelTestEngine.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.qijin.support.model.EveryFlowTaken;
import cn.qijin.support.model.ModelTestEngine;
import java.util.Date;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13; PH-3: qijin_problem_rectification on the in-memory engine with its services mocked — rectified and
 * accepted, returned, reminders, the overdue escalation. Every sequence flow is taken.
 */
@Deployment(resources = ProblemRectificationModelTest.MODEL)
@EveryFlowTaken(model = ProblemRectificationModelTest.MODEL, process = ProblemRectificationModelTest.KEY)
class ProblemRectificationModelTest {

  static final String MODEL = "qijin/bpmn/qijin-problem-rectification.bpmn";
  static final String KEY = "qijin_problem_rectification";

  @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();

  static final Date FOUND = shanghai(2018, 7, 2, 10, 0);
  static final Date FIRST_REMINDER = shanghai(2018, 9, 16, 9, 0);
  static final Date SECOND_REMINDER = shanghai(2018, 9, 27, 9, 0);
  static final Date DUE = shanghai(2018, 9, 30, 23, 59);
  static final Date OVERDUE = shanghai(2018, 10, 1, 0, 0);

  ProblemRectificationInitializer initializer;
  ProblemTaskNamer namer;
  RectificationSubmissionListener submission;
  RectificationVerificationListener verification;
  ProblemReminder reminder;
  ProblemEscalation escalation;

  @BeforeEach
  void mocks() {
    init(engine.getProcessEngine());
    clockAt(FOUND);
    initializer = bean("problemRectificationInitializer", ProblemRectificationInitializer.class);
    namer = bean("problemTaskNamer", ProblemTaskNamer.class);
    submission = bean("rectificationSubmissionListener", RectificationSubmissionListener.class);
    verification = bean("rectificationVerificationListener", RectificationVerificationListener.class);
    reminder = bean("problemReminder", ProblemReminder.class);
    escalation = bean("problemEscalation", ProblemEscalation.class);
  }

  @AfterEach
  void cleanUp() {
    ModelTestEngine.cleanUp();
  }

  ProcessInstance found() throws Exception {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "problem-7", withVariables("ownerGroup",
        "unitENT01", "dueAt", DUE, "nextReminderAt", FIRST_REMINDER, "overdueAt", OVERDUE));
    verify(initializer).notify(any(DelegateExecution.class));
    assertThat(pi).isWaitingAt("RectifyProblemTask", "ProblemReminderDue", "ProblemOverdue");
    assertThat(taskQuery().singleResult()).hasCandidateGroup("unitENT01").hasDueDate(DUE);
    return pi;
  }

  @Test
  void a_rectification_returned_once_then_accepted_closes_the_problem_and_stops_its_timers() throws Exception {
    ProcessInstance pi = found();
    complete(taskQuery().singleResult());
    assertThat(pi).isWaitingAt("VerifyRectificationTask");
    assertThat(taskQuery().singleResult()).hasCandidateGroup("office");
    complete(taskQuery().singleResult(), withVariables("rectificationAccepted", false));
    assertThat(pi).isWaitingAt("RectifyProblemTask", "ProblemReminderDue", "ProblemOverdue");
    complete(taskQuery().singleResult());
    complete(taskQuery().singleResult(), withVariables("rectificationAccepted", true));
    verify(submission, times(2)).notify(any(DelegateTask.class));
    verify(verification, times(2)).notify(any(DelegateTask.class));
    assertThat(pi).isEnded().hasPassed("ProblemRectified", "ProblemClosed");
    assertThat(managementService().createJobQuery().count()).isZero();
    verify(reminder, never()).execute(any());
  }

  @Test
  void the_owner_is_reminded_again_and_again_until_the_problem_is_closed() throws Exception {
    ProcessInstance pi = found();
    doAnswer(call -> {
      ((DelegateExecution) call.getArgument(0)).setVariable("nextReminderAt", SECOND_REMINDER);
      return null;
    }).when(reminder).execute(any());
    fireTimer(pi, "ProblemReminderDue", FIRST_REMINDER);
    verify(reminder).execute(any());
    assertThat(job("ProblemReminderDue", pi).getDuedate()).isEqualTo(SECOND_REMINDER);
    assertThat(pi).isWaitingAt("RectifyProblemTask");
  }

  @Test
  void an_overdue_problem_is_escalated_once_to_the_office_and_its_task_stays() throws Exception {
    ProcessInstance pi = found();
    fireTimer(pi, "ProblemOverdue", OVERDUE);
    verify(escalation).execute(any());
    assertThat(pi).hasPassed("OverdueEscalated").isWaitingAt("RectifyProblemTask", "ProblemReminderDue")
        .isNotWaitingAt("ProblemOverdue");
  }
}
