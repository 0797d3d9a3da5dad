package cn.qijin.launch;

import static cn.qijin.support.model.ModelTestEngine.bean;
import static cn.qijin.support.model.ModelTestEngine.clockAt;
import static cn.qijin.support.model.ModelTestEngine.shanghai;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.complete;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.runtimeService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.task;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.withVariables;
import static org.mockito.ArgumentMatchers.any;
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
 * Issue 14 part 3, ORG-1: qijin_campaign_launch on the in-memory engine, services mocked — approved at once, returned
 * and resubmitted, returned and withdrawn. Every sequence flow is taken.
 */
@Deployment(resources = CampaignLaunchModelTest.MODEL)
@EveryFlowTaken(model = CampaignLaunchModelTest.MODEL, process = CampaignLaunchModelTest.KEY)
class CampaignLaunchModelTest {

  static final String MODEL = "qijin/bpmn/qijin-campaign-launch.bpmn";
  static final String KEY = "qijin_campaign_launch";

  @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();

  static final Date PROPOSED = shanghai(2027, 1, 10, 10, 0);
  static final Date PH1_STARTS = shanghai(2027, 2, 1, 23, 59);

  LaunchProposed proposed;
  LaunchDecision decision;
  LaunchRevision revision;
  CampaignLaunchStarter starter;
  LaunchTaskNamer namer;

  @BeforeEach
  void mocks() {
    init(engine.getProcessEngine());
    clockAt(PROPOSED);
    proposed = bean("launchProposed", LaunchProposed.class);
    decision = bean("launchDecision", LaunchDecision.class);
    revision = bean("launchRevision", LaunchRevision.class);
    starter = bean("campaignLaunchStarter", CampaignLaunchStarter.class);
    namer = bean("launchTaskNamer", LaunchTaskNamer.class);
  }

  @AfterEach
  void cleanUp() {
    ModelTestEngine.cleanUp();
  }

  ProcessInstance propose() {
    ProcessInstance pi = runtimeService().startProcessInstanceByKey(KEY, withVariables("launchDueAt", PH1_STARTS));
    verify(proposed).notify(any(DelegateExecution.class));
    assertThat(pi).isWaitingAt("ApproveProposalTask");
    assertThat(task()).hasCandidateGroup("leadership").hasDueDate(PH1_STARTS);
    return pi;
  }

  @Test
  void approved_the_campaign_starts() throws Exception {
    ProcessInstance pi = propose();
    complete(task(), withVariables("launchApproved", true));
    verify(decision).notify(any(DelegateTask.class));
    verify(starter).execute(any(DelegateExecution.class));
    assertThat(pi).isEnded().hasPassed("CampaignLaunched").hasNotPassed("ReviseProposalTask");
  }

  @Test
  void returned_the_office_revises_and_the_group_approves_the_second_time() throws Exception {
    ProcessInstance pi = propose();
    complete(task(), withVariables("launchApproved", false));
    assertThat(pi).isWaitingAt("ReviseProposalTask");
    assertThat(task()).hasCandidateGroup("office");
    verify(starter, never()).execute(any(DelegateExecution.class));
    complete(task(), withVariables("launchAction", "resubmit"));
    verify(revision).notify(any(DelegateTask.class));
    assertThat(pi).isWaitingAt("ApproveProposalTask");
    complete(task(), withVariables("launchApproved", true));
    verify(decision, times(2)).notify(any(DelegateTask.class));
    assertThat(pi).isEnded().hasPassedInOrder("ApproveProposalTask", "ReviseProposalTask", "StartCampaignTask");
    verify(namer, times(3)).notify(any(DelegateTask.class));
  }

  @Test
  void returned_the_office_withdraws_and_nothing_starts() throws Exception {
    ProcessInstance pi = propose();
    complete(task(), withVariables("launchApproved", false));
    complete(task(), withVariables("launchAction", "withdraw"));
    verify(starter, never()).execute(any(DelegateExecution.class));
    assertThat(pi).isEnded().hasPassed("ProposalWithdrawn").hasNotPassed("StartCampaignTask");
  }
}
