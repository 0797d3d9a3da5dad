package cn.qijin.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpMethod;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, least privilege in the engine: on a unit's task, the unit and the office may claim it (and
 * complete it through its form) and nothing else — no due date, assignee, delegation, candidate group,
 * variable or deletion through /engine-rest; the leadership group reads; only the administrator changes.
 * One row per role and action; a refused action leaves the task as it was.
 */
@QijinSpringTest
class TaskPermissionMatrixTest {

  private static final String ADMIN_PASSWORD = "test-admin";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired TestRestTemplate http;

  CampaignDriver drive;
  Unit a;
  Unit b;
  Task task;
  String instance;

  /** An action on the task: method, path and body from the task and the other unit. */
  record Action(String name, HttpMethod method, Function<TaskPermissionMatrixTest, String> path,
      Function<TaskPermissionMatrixTest, Object> body) {}

  static final List<Action> CHANGES = List.of(
      new Action("move the due date", HttpMethod.PUT, t -> "/engine-rest/task/" + t.task.getId(),
          t -> Map.of("name", t.task.getName(), "due", "2099-01-01T00:00:00.000+0800")),
      new Action("set the assignee", HttpMethod.POST, t -> "/engine-rest/task/" + t.task.getId() + "/assignee",
          t -> Map.of("userId", "office")),
      new Action("delegate", HttpMethod.POST, t -> "/engine-rest/task/" + t.task.getId() + "/delegate",
          t -> Map.of("userId", t.b.getCode().toLowerCase())),
      new Action("add a candidate group", HttpMethod.POST, t -> "/engine-rest/task/" + t.task.getId() + "/identity-links",
          t -> Map.of("groupId", t.b.groupId(), "type", "candidate")),
      new Action("set a task variable", HttpMethod.PUT, t -> "/engine-rest/task/" + t.task.getId() + "/variables/ph2End",
          t -> Map.of("value", "2099-12-31", "type", "String")),
      new Action("modify task variables", HttpMethod.POST, t -> "/engine-rest/task/" + t.task.getId() + "/variables",
          t -> Map.of("modifications", Map.of("reviewApproved", Map.of("value", true, "type", "Boolean")))),
      new Action("set a process variable", HttpMethod.PUT, t -> "/engine-rest/process-instance/" + t.instance + "/variables/unitId",
          t -> Map.of("value", t.b.getId(), "type", "Long")),
      new Action("delete the process instance", HttpMethod.DELETE, t -> "/engine-rest/process-instance/" + t.instance, t -> null));

  @BeforeEach
  void unitTaskInPhase2() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    CampaignDriver.TwoUnits two = drive.twoEnterprisesInPhase2();
    Campaign campaign = two.campaign();
    a = two.a();
    b = two.b();
    WebTestUsers.ensure(engine.getIdentityService(), "office", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), "leader", Roles.LEADERSHIP);
    instance = drive.unitInstance(campaign, a).getId();
    task = drive.itemTask(instance, "ImplementItemTask", "ENT-2");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void the_unit_the_office_and_the_leadership_group_cannot_change_a_task() {
    Map<String, Object> before = state();
    for (String role : List.of("unit", "office", "leadership")) {
      TestRestTemplate client = client(role);
      for (Action action : CHANGES) {
        var response = client.exchange(action.path.apply(this), action.method,
            action.body.apply(this) == null ? null : new HttpEntity<>(action.body.apply(this)), String.class);
        assertThat(response.getStatusCode().value()).as("%s may not %s: %s", role, action.name, response.getBody())
            .isIn(403, 404);
      }
    }
    assertThat(state()).isEqualTo(before);
    assertThat(client("other unit").getForEntity("/engine-rest/task/" + task.getId(), String.class).getStatusCode().value())
        .as("another unit does not even see the task").isIn(403, 404);
  }

  @Test
  void the_unit_and_the_office_may_claim_and_only_the_administrator_reassigns() {
    for (String role : List.of("unit", "office")) {
      String userId = "unit".equals(role) ? user(a) : "office";
      var claimed = client(role).postForEntity("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", userId), String.class);
      assertThat(claimed.getStatusCode().value()).as(role + " claims").isEqualTo(204);
      // releasing a claim sets the assignee: the administrator's (a colleague away is reassigned in Admin/Cockpit)
      var released = client(role).postForEntity("/engine-rest/task/" + task.getId() + "/unclaim", null, String.class);
      assertThat(released.getStatusCode().value()).as(role + " may not release a claim").isEqualTo(403);
      var byAdmin = client("admin").postForEntity("/engine-rest/task/" + task.getId() + "/unclaim", null, String.class);
      assertThat(byAdmin.getStatusCode().value()).as("the administrator releases it").isEqualTo(204);
    }
    var leader = client("leadership").postForEntity("/engine-rest/task/" + task.getId() + "/claim", Map.of("userId", "leader"), String.class);
    assertThat(leader.getStatusCode().value()).as("the leadership group reads, not works, a unit's task").isIn(403, 404);
    var stranger = client("other unit").postForEntity("/engine-rest/task/" + task.getId() + "/claim",
        Map.of("userId", user(b)), String.class);
    assertThat(stranger.getStatusCode().value()).as("another unit cannot claim it").isIn(403, 404);

    var moved = client("admin").exchange("/engine-rest/task/" + task.getId(), HttpMethod.PUT,
        new HttpEntity<>(Map.of("name", task.getName(), "due", "2017-09-30T23:59:59.000+0800")), String.class);
    assertThat(moved.getStatusCode().value()).as(moved.getBody()).isEqualTo(204);
  }

  private TestRestTemplate client(String role) {
    return switch (role) {
      case "unit" -> http.withBasicAuth(user(a), WebTestUsers.PASSWORD);
      case "other unit" -> http.withBasicAuth(user(b), WebTestUsers.PASSWORD);
      case "office" -> http.withBasicAuth("office", WebTestUsers.PASSWORD);
      case "leadership" -> http.withBasicAuth("leader", WebTestUsers.PASSWORD);
      default -> http.withBasicAuth("admin", ADMIN_PASSWORD);
    };
  }

  private Map<String, Object> state() {
    return Map.of(
        "task", jdbc.queryForList("select id_, assignee_, owner_, due_date_, delegation_ from act_ru_task where id_ = ?", task.getId()),
        "links", jdbc.queryForList("select group_id_, user_id_, type_ from act_ru_identitylink where task_id_ = ? order by group_id_, user_id_", task.getId()),
        "variables", jdbc.queryForList("select name_, text_, long_ from act_ru_variable where proc_inst_id_ = ? order by name_, execution_id_", instance));
  }

  private static String user(Unit unit) {
    return unit.getCode().toLowerCase();
  }
}
