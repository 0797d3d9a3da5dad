package cn.qijin.security;

import cn.qijin.support.QijinSpringTest;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/** ORG-3: a unit's staff see and complete only their unit's tasks and process instances (engine and REST). */
@QijinSpringTest
class UnitIsolationTest {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired TestRestTemplate http;

  CampaignDriver drive;
  Unit a;
  Unit b;
  Campaign campaign;

  @BeforeEach
  void twoUnitsInPhase2() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    CampaignDriver.TwoUnits two = drive.twoEnterprisesInPhase2();
    campaign = two.campaign();
    a = two.a();
    b = two.b();
    drive.at("2017-07-10T10:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void engine_queries_show_a_unit_only_its_own_tasks_and_instance() {
    ProcessInstance mine = drive.unitInstance(campaign, a);
    ProcessInstance theirs = drive.unitInstance(campaign, b);
    drive.as(a.getCode().toLowerCase(), a.groupId(), () -> {
      List<Task> tasks = engine.getTaskService().createTaskQuery().list();
      // acknowledgement, eight ENT items, and this quarter's ENT-5 obligation (its own process instance)
      assertThat(tasks).hasSize(10).allMatch(t -> engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(t.getProcessInstanceId()).singleResult().getBusinessKey()
          .startsWith("campaign-" + campaign.getId() + "-" + a.getCode()));
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().list())
          .allMatch(p -> p.getBusinessKey().startsWith("campaign-" + campaign.getId() + "-" + a.getCode()))
          .extracting(ProcessInstance::getId).contains(mine.getId());
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(theirs.getId()).count()).isZero();
    });
    Task theirTask = drive.task(theirs.getId(), "AcknowledgePlanTask");
    assertThatThrownBy(() -> drive.completeAs(a.getCode().toLowerCase(), a.groupId(), theirTask,
        Map.of("ackSignerName", "冒名")))
        .isInstanceOf(AuthorizationException.class);
    assertThat(drive.task(theirs.getId(), "AcknowledgePlanTask")).isNotNull();
  }

  @Test
  void rest_api_shows_a_unit_only_its_own_tasks_and_refuses_bad_form_input_in_chinese() {
    var unitA = http.withBasicAuth(a.getCode().toLowerCase(), WebTestUsers.PASSWORD);
    List<?> tasks = unitA.getForObject("/engine-rest/task?maxResults=100", List.class);
    assertThat(tasks).hasSize(10);
    List<Map<String, Object>> instances = unitA.getForObject("/engine-rest/process-instance", List.class);
    assertThat(instances).isNotEmpty().allMatch(p -> ((String) p.get("businessKey"))
        .startsWith("campaign-" + campaign.getId() + "-" + a.getCode()));

    Task item = drive.itemTask(drive.unitInstance(campaign, a).getId(), "ImplementItemTask", "ENT-2");
    Map<String, Object> body = Map.of("variables", Map.of(
        "activityDate", Map.of("value", "2017-07-05", "type", "String"),
        "participantCount", Map.of("value", 10, "type", "Long"),
        "activityThemes", Map.of("value", "T4", "type", "String"),
        "activitySummary", Map.of("value", "学习两法一条例", "type", "String")));
    var refused = unitA.postForEntity("/engine-rest/task/" + item.getId() + "/submit-form", body, Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("message", "请填写活动地点");
    assertThat(engine.getTaskService().createTaskQuery().taskId(item.getId()).count()).isOne();

    var unitB = http.withBasicAuth(b.getCode().toLowerCase(), WebTestUsers.PASSWORD);
    var forbidden = unitB.postForEntity("/engine-rest/task/" + item.getId() + "/submit-form", body, Map.class);
    assertThat(forbidden.getStatusCode().is4xxClientError()).isTrue();
  }
}
