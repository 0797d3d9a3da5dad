package cn.qijin.campaign;

import static cn.qijin.support.model.ModelTestEngine.bean;
import static cn.qijin.support.model.ModelTestEngine.clockAt;
import static cn.qijin.support.model.ModelTestEngine.fireTimer;
import static cn.qijin.support.model.ModelTestEngine.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.taskQuery;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.inOrder;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.qijin.consolidation.ApproveSummaryListener;
import cn.qijin.consolidation.ConsolidationListener;
import cn.qijin.mobilisation.IssuePlanListener;
import cn.qijin.mobilisation.MobilisationMeetingListener;
import cn.qijin.obligation.ObligationSettlement;
import cn.qijin.support.model.EveryFlowTaken;
import cn.qijin.support.model.ModelTestEngine;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.mockito.InOrder;

/**
 * Issue 13; PH-1, PH-2, PH-3, REC-1: qijin_campaign on the in-memory engine with its services mocked and a
 * one-task stand-in for qijin_unit_campaign (multi-instance call activity, two units). Every sequence flow is taken.
 */
@Deployment(resources = {CampaignModelTest.MODEL, "model-test-stubs/stub-unit-campaign.bpmn"})
@EveryFlowTaken(model = CampaignModelTest.MODEL, process = CampaignModelTest.KEY)
class CampaignModelTest {

  static final String MODEL = "qijin/bpmn/qijin-campaign.bpmn";
  static final String KEY = "qijin_campaign";

  @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();

  // the 2017 plan: PH-1 to 06-30, PH-2 07-01..2018-06-30, PH-3 2018-07-01..2018-09-30
  static final Date STARTED = shanghai(2017, 5, 2, 9, 0);
  static final Date PH1_DUE = shanghai(2017, 6, 30, 23, 59);
  static final Date PH2_START = shanghai(2017, 7, 1, 0, 0);
  static final Date PH3_START = shanghai(2018, 7, 1, 0, 0);
  static final Date PH3_DUE = shanghai(2018, 9, 30, 23, 59);
  static final Date NEXT_CHECK = shanghai(2018, 10, 9, 1, 0);

  CampaignProcesses processes;
  IssuePlanListener issuePlan;
  MobilisationMeetingListener meeting;
  ConsolidationListener consolidation;
  ApproveSummaryListener approveSummary;
  ObligationSettlement settlement;

  @BeforeEach
  void mocks() {
    init(engine.getProcessEngine());
    clockAt(STARTED);
    processes = bean("campaignProcesses", CampaignProcesses.class);
    issuePlan = bean("issuePlanListener", IssuePlanListener.class);
    meeting = bean("mobilisationMeetingListener", MobilisationMeetingListener.class);
    consolidation = bean("consolidationListener", ConsolidationListener.class);
    approveSummary = bean("approveSummaryListener", ApproveSummaryListener.class);
    settlement = bean("obligationSettlement", ObligationSettlement.class);
    when(processes.participantUnitIds(1L)).thenReturn(List.of(11L, 12L));
    when(processes.unitBusinessKey(any(), any())).thenAnswer(call -> call.getArgument(0) + "-" + call.getArgument(1));
    when(settlement.nextCheckAt()).thenReturn(NEXT_CHECK);
  }

  @AfterEach
  void cleanUp() {
    ModelTestEngine.cleanUp();
  }

  ProcessInstance issued() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, "campaign-1", withVariables("campaignId", 1L,
        "planDocumentNumber", "安委办〔2017〕1号", "ph1DueAt", PH1_DUE, "ph2StartAt", PH2_START, "ph3StartAt",
        PH3_START, "ph3DueAt", PH3_DUE));
    assertThat(pi).isWaitingAt("IssuePlanTask");
    assertThat(taskQuery().singleResult()).hasCandidateGroup("office").hasDueDate(PH1_DUE);
    complete(taskQuery().singleResult());
    verify(issuePlan).notify(any(DelegateTask.class));
    assertThat(pi).isWaitingAt("UnitCampaigns", "MobilisationMeetingTask", "Phase2Started");
    return pi;
  }

  List<ProcessInstance> unitInstances(ProcessInstance pi) {
    return runtimeService().createProcessInstanceQuery().superProcessInstanceId(pi.getId())
        .orderByBusinessKey().asc().list();
  }

  /** From the plan's issue to the leadership group's decision on the final summary. */
  ProcessInstance summarySubmitted(ProcessInstance pi) {
    fireTimer(pi, "Phase2Started", PH2_START);
    verify(processes).enterPhase(1L, "PH2");
    assertThat(pi).isWaitingAt("Phase3Started");
    fireTimer(pi, "Phase3Started", PH3_START);
    verify(processes).enterPhase(1L, "PH3");
    assertThat(pi).isWaitingAt("ConsolidationTask");
    assertThat(taskQuery().taskDefinitionKey("ConsolidationTask").singleResult()).hasCandidateGroup("office")
        .hasDueDate(PH3_DUE);
    complete(taskQuery().taskDefinitionKey("ConsolidationTask").singleResult());
    assertThat(pi).isWaitingAt("ApproveSummaryTask");
    assertThat(taskQuery().taskDefinitionKey("ApproveSummaryTask").singleResult()).hasCandidateGroup("leadership")
        .hasDueDate(PH3_DUE);
    return pi;
  }

  @Test
  void one_unit_process_per_participant_with_the_campaigns_variables_and_business_key() {
    ProcessInstance pi = issued();
    List<ProcessInstance> units = unitInstances(pi);
    assertThat(units).extracting(ProcessInstance::getBusinessKey).containsExactly("1-11", "1-12");
    assertThat(runtimeService().getVariables(units.get(0).getId())).containsEntry("campaignId", 1L)
        .containsEntry("unitId", 11L).containsEntry("planDocumentNumber", "安委办〔2017〕1号");

    complete(taskQuery().taskDefinitionKey("MobilisationMeetingTask").singleResult());
    verify(meeting).notify(any(DelegateTask.class));
    for (ProcessInstance unit : units) {
      complete(taskQuery().processInstanceId(unit.getId()).singleResult());
    }
    assertThat(pi).hasPassed("MeetingRecorded", "UnitCampaignsFinished").isWaitingAt("Phase2Started");
  }

  @Test
  void a_returned_summary_goes_back_to_the_office_and_the_campaign_waits_until_every_obligation_is_settled() {
    ProcessInstance pi = summarySubmitted(issued());
    complete(taskQuery().taskDefinitionKey("ApproveSummaryTask").singleResult(),
        withVariables("summaryApproved", false));
    assertThat(pi).isWaitingAt("ConsolidationTask");
    complete(taskQuery().taskDefinitionKey("ConsolidationTask").singleResult());
    verify(consolidation, times(2)).notify(any(DelegateTask.class));

    when(settlement.allSettled(1L)).thenReturn(false);
    complete(taskQuery().taskDefinitionKey("ApproveSummaryTask").singleResult(), withVariables("summaryApproved", true));
    verify(approveSummary, times(2)).notify(any(DelegateTask.class));
    assertThat(pi).as("nothing ends early (REC-1, PH-3)").isWaitingAt("SettlementCheckDue");
    verify(processes, never()).endCampaign(any());

    fireTimer(pi, "SettlementCheckDue", NEXT_CHECK); // still open: look again tomorrow
    assertThat(pi).isWaitingAt("SettlementCheckDue");
    when(settlement.allSettled(1L)).thenReturn(true);
    fireTimer(pi, "SettlementCheckDue", NEXT_CHECK);
    InOrder order = inOrder(settlement, processes);
    order.verify(settlement, times(3)).allSettled(1L);
    order.verify(processes).endCampaign(1L);
    assertThat(pi).isEnded().hasPassed("CampaignEnded");
  }

  @Test
  void the_end_terminates_what_is_still_open_unit_processes_and_the_meeting() {
    ProcessInstance pi = summarySubmitted(issued());
    when(settlement.allSettled(1L)).thenReturn(true);
    complete(taskQuery().taskDefinitionKey("ApproveSummaryTask").singleResult(), withVariables("summaryApproved", true));
    verify(processes).endCampaign(1L);
    assertThat(pi).isEnded().hasPassed("CampaignEnded").hasNotPassed("MeetingRecorded", "UnitCampaignsFinished");
    assertThat(runtimeService().createProcessInstanceQuery().count()).as("unit processes too").isZero();
    verify(settlement, never()).nextCheckAt();
  }
}
