package cn.qijin.campaign;

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
import static org.mockito.Mockito.when;

import cn.qijin.checklist.CarryOverOpenItems;
import cn.qijin.checklist.ChecklistItemOpener;
import cn.qijin.checklist.ChecklistReviewListener;
import cn.qijin.checklist.ChecklistReviewReminder;
import cn.qijin.checklist.ChecklistSubmissionListener;
import cn.qijin.checklist.ChecklistTaskNamer;
import cn.qijin.consolidation.SelfSummaryListener;
import cn.qijin.mobilisation.AcknowledgePlanListener;
import cn.qijin.mobilisation.PlanAcknowledgementReminder;
import cn.qijin.obligation.ObligationPlanner;
import cn.qijin.support.model.EveryFlowTaken;
import cn.qijin.support.model.ModelTestEngine;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13; PH-1, PH-2, PH-3, ORG-2, REC-1: qijin_unit_campaign on the in-memory engine with its services mocked
 * and a one-task stand-in for qijin_quarterly_obligation. Two checklist items and two obligations (the smallest
 * multi-instance that shows one branch per element). Every sequence flow is taken.
 */
@Deployment(resources = {UnitCampaignModelTest.MODEL, "model-test-stubs/stub-quarterly-obligation.bpmn"})
@EveryFlowTaken(model = UnitCampaignModelTest.MODEL, process = UnitCampaignModelTest.KEY)
class UnitCampaignModelTest {

  static final String MODEL = "qijin/bpmn/qijin-unit-campaign.bpmn";
  static final String KEY = "qijin_unit_campaign";

  @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();

  static final Date JOINED = shanghai(2017, 5, 3, 10, 0);
  static final Date FIRST_ACK_REMINDER = shanghai(2017, 6, 16, 9, 0);
  static final Date SECOND_ACK_REMINDER = shanghai(2017, 6, 27, 9, 0);
  static final Date PH1_DUE = shanghai(2017, 6, 30, 23, 59);
  static final Date PH2_START = shanghai(2017, 7, 1, 0, 0);
  static final Date PH2_DUE = shanghai(2018, 6, 30, 23, 59);
  static final Date PH2_ENDED = shanghai(2018, 7, 1, 0, 0);
  static final Date PH3_START = shanghai(2018, 7, 1, 0, 0);
  static final Date PH3_DUE = shanghai(2018, 9, 30, 23, 59);
  static final Date ITEM_REVIEW_DUE = shanghai(2017, 8, 11, 23, 59);
  static final String ITEM_REVIEW_CYCLE = "R10/2017-08-11T01:00:00Z/P2D";

  UnitCampaignInitializer initializer;
  PlanAcknowledgementReminder ackReminder;
  AcknowledgePlanListener acknowledge;
  ObligationPlanner planner;
  CampaignProcesses processes;
  ChecklistItemOpener opener;
  ChecklistTaskNamer namer;
  ChecklistSubmissionListener submission;
  ChecklistReviewListener review;
  ChecklistReviewReminder reviewReminder;
  CarryOverOpenItems carryOver;
  SelfSummaryListener selfSummary;

  @BeforeEach
  void mocks() {
    init(engine.getProcessEngine());
    clockAt(JOINED);
    initializer = bean("unitCampaignInitializer", UnitCampaignInitializer.class);
    ackReminder = bean("planAcknowledgementReminder", PlanAcknowledgementReminder.class);
    acknowledge = bean("acknowledgePlanListener", AcknowledgePlanListener.class);
    planner = bean("obligationPlanner", ObligationPlanner.class);
    processes = bean("campaignProcesses", CampaignProcesses.class);
    opener = bean("checklistItemOpener", ChecklistItemOpener.class);
    namer = bean("checklistTaskNamer", ChecklistTaskNamer.class);
    submission = bean("checklistSubmissionListener", ChecklistSubmissionListener.class);
    review = bean("checklistReviewListener", ChecklistReviewListener.class);
    reviewReminder = bean("checklistReviewReminder", ChecklistReviewReminder.class);
    carryOver = bean("carryOverOpenItems", CarryOverOpenItems.class);
    selfSummary = bean("selfSummaryListener", SelfSummaryListener.class);
    when(planner.idsFor(1L, 11L)).thenReturn(List.of(101L, 102L));
    when(planner.businessKey(any())).thenAnswer(call -> "1-ENT01-ENT-5-" + call.getArgument(0));
    when(processes.checklistItemIds(1L, 11L)).thenReturn(List.of(201L, 202L));
  }

  @AfterEach
  void cleanUp() {
    ModelTestEngine.cleanUp();
  }

  /** The unit process as the rollout starts it (the initializer, mocked here, says PH1). */
  ProcessInstance joined() throws Exception {
    ProcessInstance pi = joinedIn("PH1", null);
    verify(initializer).notify(any(DelegateExecution.class));
    verify(ackReminder).schedule(any(DelegateExecution.class));
    assertThat(pi).isWaitingAt("AcknowledgePlanTask", "AcknowledgementReminderDue", "UnitPhase2Started",
        "UnitPhase3Started");
    assertThat(taskQuery().taskDefinitionKey("AcknowledgePlanTask").singleResult()).hasCandidateGroup("unitENT01")
        .hasDueDate(PH1_DUE);
    return pi;
  }

  ProcessInstance joinedIn(String phase, String on) {
    return runtimeService().startProcessInstanceByKey(KEY, "1-11", withVariables("campaignId", 1L,
        "unitId", 11L, "unitGroup", "unitENT01", "ph1DueAt", PH1_DUE, "ph2StartAt", PH2_START, "ph2DueAt", PH2_DUE,
        "ph2EndedAt", PH2_ENDED, "ph3StartAt", PH3_START, "ph3DueAt", PH3_DUE, "ackNextReminderAt",
        FIRST_ACK_REMINDER, "joinedPhase", phase, "joinedOn", on));
  }

  void remindAgain(boolean over, Date next) throws Exception {
    doAnswer(call -> {
      DelegateExecution execution = call.getArgument(0);
      execution.setVariable("ackRemindersOver", over);
      execution.setVariable("ackNextReminderAt", next);
      return null;
    }).when(ackReminder).execute(any());
  }

  @Test
  void the_unit_is_reminded_until_it_signs_and_signing_ends_the_reminders() throws Exception {
    ProcessInstance pi = joined();
    remindAgain(false, SECOND_ACK_REMINDER);
    fireTimer(pi, "AcknowledgementReminderDue", FIRST_ACK_REMINDER);
    verify(ackReminder).execute(any());
    assertThat(job("AcknowledgementReminderDue", pi).getDuedate()).isEqualTo(SECOND_ACK_REMINDER);
    complete(taskQuery().taskDefinitionKey("AcknowledgePlanTask").singleResult());
    verify(acknowledge).notify(any(DelegateTask.class));
    assertThat(pi).hasPassed("PlanAcknowledged", "AcknowledgementDone").isNotWaitingAt("AcknowledgementReminderDue");
  }

  @Test
  void no_reminder_after_the_campaign_but_the_task_stays() throws Exception {
    ProcessInstance pi = joined();
    remindAgain(true, null);
    fireTimer(pi, "AcknowledgementReminderDue", FIRST_ACK_REMINDER);
    assertThat(pi).hasPassed("AcknowledgementRemindersOver").isWaitingAt("AcknowledgePlanTask")
        .isNotWaitingAt("AcknowledgementReminderDue");
  }

  @Test
  void phase_two_plans_the_obligations_and_opens_one_branch_per_checklist_item() throws Exception {
    ProcessInstance pi = joined();
    fireTimer(pi, "UnitPhase2Started", PH2_START);
    verify(planner).planFor(1L, 11L, ""); // no joinedOn at the rollout: the expression language passes it as ""
    List<ProcessInstance> obligations = runtimeService().createProcessInstanceQuery()
        .superProcessInstanceId(pi.getId()).orderByBusinessKey().asc().list();
    assertThat(obligations).extracting(ProcessInstance::getBusinessKey)
        .containsExactly("1-ENT01-ENT-5-101", "1-ENT01-ENT-5-102");
    assertThat(runtimeService().getVariable(obligations.get(1).getId(), "obligationId")).isEqualTo(102L);
    verify(opener, times(2)).notify(any(DelegateExecution.class));
    List<Task> items = taskQuery().taskDefinitionKey("ImplementItemTask").list();
    assertThat(items).hasSize(2);
    assertThat(items.get(0)).hasCandidateGroup("unitENT01").hasDueDate(PH2_DUE);

    // item 1: handed in, accepted
    complete(items.get(0), withVariables("itemReviewDueAt", ITEM_REVIEW_DUE, "itemReviewReminderCycle",
        ITEM_REVIEW_CYCLE));
    Task review1 = taskQuery().taskDefinitionKey("ReviewItemTask").singleResult();
    assertThat(review1).hasCandidateGroup("office").hasDueDate(ITEM_REVIEW_DUE);
    complete(review1, withVariables("reviewApproved", true));
    assertThat(pi).hasPassed("ItemAccepted");

    // item 2: handed in, the office reminded, returned, handed in again, accepted
    complete(items.get(1), withVariables("itemReviewDueAt", ITEM_REVIEW_DUE, "itemReviewReminderCycle",
        ITEM_REVIEW_CYCLE));
    fireTimer(pi, "ItemReviewReminderDue", shanghai(2017, 8, 11, 9, 0));
    verify(reviewReminder).execute(any());
    assertThat(pi).hasPassed("ItemReviewReminded").isWaitingAt("ReviewItemTask");
    complete(taskQuery().taskDefinitionKey("ReviewItemTask").singleResult(), withVariables("reviewApproved", false));
    assertThat(pi).isWaitingAt("ImplementItemTask");
    complete(taskQuery().taskDefinitionKey("ImplementItemTask").singleResult());
    complete(taskQuery().taskDefinitionKey("ReviewItemTask").singleResult(), withVariables("reviewApproved", true));
    verify(submission, times(3)).notify(any(DelegateTask.class));
    verify(review, times(3)).notify(any(DelegateTask.class));
    assertThat(pi).hasPassed("ChecklistDone").isNotWaitingAt("ChecklistItems");
    assertThat(managementService().createJobQuery().processInstanceId(pi.getId()).activityId("Phase2Ended").count())
        .as("the carry-over timer goes with the checklist").isZero();

    for (ProcessInstance obligation : obligations) {
      complete(taskQuery().processInstanceId(obligation.getId()).singleResult());
    }
    assertThat(pi).hasPassed("ObligationsSettled");
    verify(carryOver, never()).execute(any());
  }

  @Test
  void open_items_are_carried_into_phase_three_when_phase_two_ends_and_their_tasks_stay() throws Exception {
    ProcessInstance pi = joined();
    fireTimer(pi, "UnitPhase2Started", PH2_START);
    fireTimer(pi, "Phase2Ended", PH2_ENDED);
    verify(carryOver).execute(any());
    assertThat(pi).hasPassed("OpenItemsCarriedOver").isWaitingAt("ImplementItemTask");
    assertThat(taskQuery().taskDefinitionKey("ImplementItemTask").count()).isEqualTo(2);
  }

  @Test
  void phase_three_asks_the_unit_for_its_self_summary() throws Exception {
    ProcessInstance pi = joined();
    fireTimer(pi, "UnitPhase3Started", PH3_START);
    Task summary = taskQuery().taskDefinitionKey("SelfSummaryTask").singleResult();
    assertThat(summary).hasCandidateGroup("unitENT01").hasDueDate(PH3_DUE);
    complete(summary);
    verify(selfSummary).notify(any(DelegateTask.class));
    assertThat(pi).hasPassed("SelfSummarySubmitted");
  }

  @Test
  void a_unit_added_during_phase_two_signs_no_plan_and_owes_from_the_day_it_joined() throws Exception {
    clockAt(shanghai(2017, 8, 20, 10, 0));
    ProcessInstance pi = joinedIn("PH2", "2017-08-20");
    assertThat(pi).hasPassed("AcknowledgementNotDue").isWaitingAt("UnitPhase2Started", "UnitPhase3Started");
    assertThat(taskQuery().taskDefinitionKey("AcknowledgePlanTask").count()).isZero();
    verify(ackReminder, never()).schedule(any(DelegateExecution.class));
    fireTimer(pi, "UnitPhase2Started", PH2_START); // due since PH-2 began: the job executor runs it at once
    verify(planner).planFor(1L, 11L, "2017-08-20");
    assertThat(taskQuery().taskDefinitionKey("ImplementItemTask").count()).isEqualTo(2);
  }

  @Test
  void a_unit_added_during_phase_three_gets_no_checklist_but_its_obligations_and_self_summary() throws Exception {
    clockAt(shanghai(2018, 7, 10, 10, 0));
    ProcessInstance pi = joinedIn("PH3", "2018-07-10");
    assertThat(pi).hasPassed("AcknowledgementNotDue");
    fireTimer(pi, "UnitPhase2Started", PH2_START);
    verify(planner).planFor(1L, 11L, "2018-07-10");
    assertThat(pi).hasPassed("ChecklistNotDue");
    verify(opener, never()).notify(any(DelegateExecution.class));
    assertThat(taskQuery().taskDefinitionKey("ImplementItemTask").count()).isZero();
    assertThat(runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId()).count()).isEqualTo(2);
    fireTimer(pi, "UnitPhase3Started", PH3_START);
    assertThat(taskQuery().taskDefinitionKey("SelfSummaryTask").count()).isOne();
  }
}
