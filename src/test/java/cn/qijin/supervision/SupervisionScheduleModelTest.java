package cn.qijin.supervision;

import static cn.qijin.support.model.ModelTestEngine.bean;
import static cn.qijin.support.model.ModelTestEngine.clockAt;
import static cn.qijin.support.model.ModelTestEngine.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.execute;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.historyService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.managementService;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.processInstanceQuery;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.qijin.support.model.EveryFlowTaken;
import cn.qijin.support.model.ModelTestEngine;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.history.HistoricProcessInstance;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.test.Deployment;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 13; ORG-2: qijin_supervision_schedule on the in-memory engine. The timer cycle comes from the real
 * SupervisionSchedule with the default properties (7 days after the quarter, 09:00 Shanghai), the rest is mocked.
 * Every sequence flow is taken.
 */
@Deployment(resources = SupervisionScheduleModelTest.MODEL)
@EveryFlowTaken(model = SupervisionScheduleModelTest.MODEL, process = SupervisionScheduleModelTest.KEY)
class SupervisionScheduleModelTest {

  static final String MODEL = "qijin/bpmn/qijin-supervision-schedule.bpmn";
  static final String KEY = "qijin_supervision_schedule";

  @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();

  static final Date DEPLOYED = shanghai(2026, 12, 20, 15, 0);
  static final Date FIRST_START = shanghai(2027, 1, 7, 9, 0);

  DetermineSupervisedQuarter determine;
  StartQuarterSupervision start;
  SupervisionStarter starter;
  final List<Long> started = new ArrayList<>();

  @BeforeEach
  void beans() throws Exception {
    init(engine.getProcessEngine());
    clockAt(DEPLOYED); // before the deployment: the cycle's next date is computed from now
    Mocks.register("supervisionSchedule", new SupervisionSchedule(new SupervisionProperties(7, 9, 10, 5, 5, 2, 3, 15)));
    determine = bean("determineSupervisedQuarter", DetermineSupervisedQuarter.class);
    start = bean("startQuarterSupervision", StartQuarterSupervision.class);
    starter = bean("supervisionStarter", SupervisionStarter.class);
    doAnswer(call -> {
      ((DelegateExecution) call.getArgument(0)).setVariable("quarterCode", "2026Q4");
      return null;
    }).when(determine).execute(any());
    when(starter.campaignsDue("2026Q4")).thenReturn(List.of(1L, 2L));
    doAnswer(call -> {
      started.add((Long) ((DelegateExecution) call.getArgument(0)).getVariable("campaignId"));
      return null;
    }).when(start).execute(any());
  }

  @AfterEach
  void cleanUp() {
    ModelTestEngine.cleanUp();
  }

  Job scheduleTimer() {
    return managementService().createJobQuery().timers().processDefinitionKey(KEY).singleResult();
  }

  @Test
  void the_timer_fires_on_the_seventh_day_after_the_quarter_at_nine_and_then_every_three_months() {
    assertThat(scheduleTimer().getDuedate()).isEqualTo(FIRST_START);
    clockAt(FIRST_START);
    execute(scheduleTimer());
    assertThat(scheduleTimer().getDuedate()).isEqualTo(shanghai(2027, 4, 7, 9, 0));
  }

  @Test
  void each_campaign_due_gets_its_own_job_and_one_that_fails_does_not_hold_up_the_others() {
    clockAt(FIRST_START);
    execute(scheduleTimer());
    verify(determine).execute(any());
    var pi = processInstanceQuery().processDefinitionKey(KEY).singleResult();
    assertThat(pi).isWaitingAt("StartSupervisions");
    List<Job> branches = managementService().createJobQuery().processInstanceId(pi.getId()).messages().list();
    assertThat(branches).as("asyncBefore on each element").hasSize(2);

    doThrow(new IllegalStateException("campaign 1 broken")).doAnswer(call -> {
      started.add((Long) ((DelegateExecution) call.getArgument(0)).getVariable("campaignId"));
      return null;
    }).when(start).execute(any());
    List<String> failed = new ArrayList<>();
    for (Job branch : branches) {
      try {
        managementService().executeJob(branch.getId());
      } catch (IllegalStateException e) {
        failed.add(branch.getId());
      }
    }
    assertThat(failed).hasSize(1);
    assertThat(started).hasSize(1);
    assertThat(pi).isWaitingAt("StartSupervisions");

    // the failed campaign's job is retried on its own
    doAnswer(call -> {
      started.add((Long) ((DelegateExecution) call.getArgument(0)).getVariable("campaignId"));
      return null;
    }).when(start).execute(any());
    managementService().executeJob(failed.get(0));
    assertThat(started).containsExactlyInAnyOrder(1L, 2L);
    verify(start, times(3)).execute(any());
    HistoricProcessInstance done = historyService().createHistoricProcessInstanceQuery()
        .processInstanceId(pi.getId()).singleResult();
    assertThat(done.getEndActivityId()).isEqualTo("SupervisionsStarted");
  }
}
