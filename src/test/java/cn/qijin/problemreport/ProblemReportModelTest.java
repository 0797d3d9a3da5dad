package cn.qijin.problemreport;

import static cn.qijin.support.model.ModelTestEngine.bean;
import static cn.qijin.support.model.ModelTestEngine.clockAt;
import static cn.qijin.support.model.ModelTestEngine.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.job;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.argThat;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import cn.qijin.support.model.EveryFlowTaken;
import cn.qijin.support.model.ModelTestEngine;
import java.util.Date;
import java.util.Map;
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
 * Issue 13, ORG-1: qijin_problem_report on the in-memory engine, services mocked — the office answers or refers
 * to the leadership group, the reply goes back to the unit, both overdue timers. Every sequence flow is taken.
 */
@Deployment(resources = ProblemReportModelTest.MODEL)
@EveryFlowTaken(model = ProblemReportModelTest.MODEL, process = ProblemReportModelTest.KEY)
class ProblemReportModelTest {

  static final String MODEL = "qijin/bpmn/qijin-problem-report.bpmn";
  static final String KEY = "qijin_problem_report";

  @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();

  static final Date REPORTED = shanghai(2017, 7, 3, 10, 0);
  static final Date HANDLING_DUE = shanghai(2017, 7, 10, 23, 59);
  static final Date DECISION_DUE = shanghai(2017, 7, 17, 23, 59);

  ProblemReportInitializer initializer;
  ProblemReportTaskNamer namer;
  ProblemHandlingListener handling;
  ProblemReportOverdue overdue;
  LeadershipDecisionListener decision;
  ProblemReplySender replySender;
  ReplyAcknowledgementListener acknowledgement;

  @BeforeEach
  void mocks() {
    init(engine.getProcessEngine());
    clockAt(REPORTED);
    initializer = bean("problemReportInitializer", ProblemReportInitializer.class);
    namer = bean("problemReportTaskNamer", ProblemReportTaskNamer.class);
    handling = bean("problemHandlingListener", ProblemHandlingListener.class);
    overdue = bean("problemReportOverdue", ProblemReportOverdue.class);
    decision = bean("leadershipDecisionListener", LeadershipDecisionListener.class);
    replySender = bean("problemReplySender", ProblemReplySender.class);
    acknowledgement = bean("replyAcknowledgementListener", ReplyAcknowledgementListener.class);
  }

  @AfterEach
  void cleanUp() {
    ModelTestEngine.cleanUp();
  }

  ProcessInstance report() throws Exception {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "R-1", withVariables(
        "unitGroup", "unitCOM01", "handlingDueAt", HANDLING_DUE, "acknowledgementDueAt", DECISION_DUE));
    verify(initializer).notify(any(DelegateExecution.class));
    assertThat(pi).isWaitingAt("HandleProblemTask");
    assertThat(task()).hasCandidateGroup("office").hasDueDate(HANDLING_DUE);
    return pi;
  }

  @Test
  void the_office_answers_and_the_unit_reads_the_reply() throws Exception {
    ProcessInstance pi = report();
    complete(task(), withVariables("handlingChoice", "resolve"));
    verify(handling).notify(any(DelegateTask.class));
    verify(replySender).execute(any(DelegateExecution.class));
    assertThat(pi).isWaitingAt("AcknowledgeReplyTask").hasNotPassed("LeadershipDecisionTask");
    assertThat(task()).hasCandidateGroup("unitCOM01");
    complete(task());
    verify(acknowledgement).notify(any(DelegateTask.class));
    verify(decision, never()).notify(any(DelegateTask.class));
    assertThat(pi).isEnded().hasPassedInOrder("HandleProblemTask", "SendProblemReply", "AcknowledgeReplyTask")
        .hasPassed("ProblemReportClosed");
    verify(namer, times(2)).notify(any(DelegateTask.class));
  }

  @Test
  void the_office_refers_it_and_the_leadership_groups_decision_goes_back() throws Exception {
    ProcessInstance pi = report();
    complete(task(), withVariables("handlingChoice", "refer", "decisionDueAt", DECISION_DUE));
    assertThat(pi).isWaitingAt("LeadershipDecisionTask");
    assertThat(task()).hasCandidateGroup("leadership").hasDueDate(DECISION_DUE);
    verify(replySender, never()).execute(any(DelegateExecution.class));
    complete(task());
    verify(decision).notify(any(DelegateTask.class));
    verify(replySender).execute(any(DelegateExecution.class));
    assertThat(pi).isWaitingAt("AcknowledgeReplyTask");
    complete(task());
    assertThat(pi).isEnded().hasPassedInOrder("HandleProblemTask", "LeadershipDecisionTask", "SendProblemReply",
        "AcknowledgeReplyTask");
  }

  @Test
  void the_office_is_reminded_once_when_handling_is_overdue_and_the_task_stays() throws Exception {
    ProcessInstance pi = report();
    assertThat(job()).as("the handling timeout").isNotNull();
    assertThat(job().getDuedate()).isEqualTo(HANDLING_DUE);
    clockAt(new Date(HANDLING_DUE.getTime() + 60_000));
    execute(job());
    verify(overdue).notify(argThat(task -> "HandleProblemTask".equals(task.getTaskDefinitionKey())));
    assertThat(pi).isWaitingAt("HandleProblemTask");
    assertThat(pi).job().isNull();
  }

  @Test
  void the_leadership_group_is_reminded_once_when_its_decision_is_overdue() throws Exception {
    ProcessInstance pi = report();
    complete(task(), withVariables("handlingChoice", "refer", "decisionDueAt", DECISION_DUE));
    assertThat(job().getDuedate()).isEqualTo(DECISION_DUE);
    clockAt(new Date(DECISION_DUE.getTime() + 60_000));
    execute(job());
    verify(overdue).notify(argThat(task -> "LeadershipDecisionTask".equals(task.getTaskDefinitionKey())));
    assertThat(pi).isWaitingAt("LeadershipDecisionTask");
  }

  @Test
  void an_unknown_choice_stops_at_the_gateway() {
    // the form checks the choice (ProblemHandlingListener); the model has no default flow
    Map<String, Object> vars = Map.of("handlingChoice", "ignore");
    ProcessInstance pi;
    try {
      pi = report();
    } catch (Exception e) {
      throw new AssertionError(e);
    }
    assertThatThrownBy(() -> complete(task(), vars))
        .hasMessageContaining("HandlingChoice");
    assertThat(pi).isWaitingAt("HandleProblemTask");
  }
}
