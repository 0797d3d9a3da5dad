package cn.qijin.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.TestFiles;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10: a unit completes its task with its own form's variables and nothing else. An extra or
 * identity variable, a wrong type or a serialized object is refused with 400 in Chinese and changes
 * nothing — the unit's records, the other unit's records, the audit trail and the process variables
 * read the same before and after; another unit's task is refused whatever the body.
 */
@QijinSpringTest
class FormSubmissionGuardTest {

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
  Task itemOfA;

  @BeforeEach
  void twoEnterprisesInPhase2() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    CampaignDriver.TwoUnits two = drive.twoEnterprisesInPhase2();
    campaign = two.campaign();
    a = two.a();
    b = two.b();
    drive.at("2017-07-10T10:00");
    itemOfA = drive.itemTask(drive.unitInstance(campaign, a).getId(), "ImplementItemTask", "ENT-2");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @ParameterizedTest
  @ValueSource(strings = {"unitId", "itemId", "campaignId", "unitCode", "venue", "obligationId", "evidenceId",
      "ph2End", "reviewApproved", "unitGroup", "somethingElse"})
  void a_variable_the_form_does_not_declare_is_refused_and_nothing_changes(String name) {
    Object foreign = name.endsWith("Id") ? (Object) b.getId() : b.getCode();
    Map<String, Object> variables = validItem(a);
    variables.put(name, typed(foreign, foreign instanceof Long ? "Long" : "String"));
    Map<String, Object> before = snapshot();

    ResponseEntity<Map> refused = submit(user(a), itemOfA, variables);

    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("本表单没有字段“" + name + "”");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void a_declared_field_of_another_type_or_a_serialized_object_is_refused() {
    Map<String, Object> before = snapshot();
    Map<String, Object> wrongType = validItem(a);
    wrongType.put("participantCount", typed("二十", "String"));
    ResponseEntity<Map> refused = submit(user(a), itemOfA, wrongType);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains("字段“participantCount”的类型应为 Long");

    Map<String, Object> serialized = validItem(a);
    serialized.put("activitySummary", Map.of("value", "rO0ABXQABGV2aWw=", "type", "Object",
        "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object")));
    ResponseEntity<Map> object = submit(user(a), itemOfA, serialized);
    assertThat(object.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) object.getBody().get("message")).contains("activitySummary");
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void malformed_json_is_refused_in_chinese() {
    HttpHeaders headers = new HttpHeaders();
    headers.setContentType(MediaType.APPLICATION_JSON);
    ResponseEntity<Map> refused = http.withBasicAuth(user(a), WebTestUsers.PASSWORD).postForEntity(
        "/engine-rest/task/" + itemOfA.getId() + "/submit-form", new HttpEntity<>("{\"variables\": {", headers), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody()).containsEntry("message", "提交的内容不是有效的 JSON");
  }

  @Test
  void the_form_as_declared_is_accepted_and_lands_on_the_units_own_record() {
    ResponseEntity<Map> done = submit(user(a), itemOfA, validItem(a));

    assertThat(done.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(jdbc.queryForObject("select count(*) from checklist_progress where campaign_id = ? and unit_id = ? and state = 'SUBMITTED'",
        Long.class, campaign.getId(), a.getId())).isOne();
    assertThat(jdbc.queryForObject("select count(*) from checklist_progress where campaign_id = ? and unit_id = ? and state = 'SUBMITTED'",
        Long.class, campaign.getId(), b.getId())).isZero();
  }

  @Test
  void another_units_task_is_refused_even_with_a_valid_form() {
    Map<String, Object> before = snapshot();
    ResponseEntity<Map> refused = submit(user(b), itemOfA, validItem(b));
    assertThat(refused.getStatusCode().value()).isIn(403, 404);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void the_named_engine_path_and_an_encoded_task_id_are_guarded_too() {
    Map<String, Object> variables = validItem(a);
    variables.put("escalation2At", typed("2099-01-01T00:00:00.000+0800", "Date"));
    Map<String, Object> before = snapshot();
    var unitA = http.withBasicAuth(user(a), WebTestUsers.PASSWORD);
    ResponseEntity<Map> named = unitA.postForEntity(
        "/engine-rest/engine/default/task/" + itemOfA.getId() + "/complete", Map.of("variables", variables), Map.class);
    assertThat(named.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    String encoded = itemOfA.getId().chars().mapToObj(c -> String.format("%%%02X", c)).reduce("", String::concat);
    ResponseEntity<Map> escaped = unitA.postForEntity(
        java.net.URI.create(http.getRootUri() + "/engine-rest/task/" + encoded + "/complete"), Map.of("variables", variables), Map.class);
    assertThat(escaped.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(snapshot()).isEqualTo(before);
  }

  @Test
  void a_unit_neither_ends_its_task_by_a_bpmn_error_nor_claims_it_for_someone_else_nor_edits_its_comments() {
    var unitA = http.withBasicAuth(user(a), WebTestUsers.PASSWORD);
    Map<String, Object> before = snapshot();
    assertThat(unitA.postForEntity("/engine-rest/task/" + itemOfA.getId() + "/bpmnError",
        Map.of("errorCode", "done", "variables", Map.of()), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitA.postForEntity("/engine-rest/task/" + itemOfA.getId() + "/bpmnEscalation",
        Map.of("escalationCode", "x"), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitA.postForEntity("/engine-rest/task/" + itemOfA.getId() + "/claim",
        Map.of("userId", user(b)), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(unitA.exchange("/engine-rest/task/" + itemOfA.getId() + "/comment", org.springframework.http.HttpMethod.DELETE,
        null, Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(snapshot()).isEqualTo(before);
    assertThat(unitA.postForEntity("/engine-rest/task/" + itemOfA.getId() + "/claim",
        Map.of("userId", user(a)), Map.class).getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
  }

  @Test
  void complete_and_resolve_are_guarded_like_submit_form() {
    Map<String, Object> variables = validItem(a);
    variables.put("unitId", typed(b.getId(), "Long"));
    for (String action : List.of("complete", "resolve")) {
      ResponseEntity<Map> refused = http.withBasicAuth(user(a), WebTestUsers.PASSWORD).postForEntity(
          "/engine-rest/task/" + itemOfA.getId() + "/" + action, Map.of("variables", variables), Map.class);
      assertThat(refused.getStatusCode()).as(action).isEqualTo(HttpStatus.BAD_REQUEST);
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(itemOfA.getId()).count()).isOne();
  }

  /**
   * The class of fault, on every kind of task open in PH-2 (plan acknowledgement, checklist items, the
   * office's review, the quarterly obligation, the campaign's own tasks): all of its form's fields plus one
   * identity variable, or its first field with a serialized type, are refused as its own candidate
   * submits them, and nothing changes.
   */
  @Test
  void every_open_kind_of_task_refuses_an_identity_variable_and_a_wrong_type() {
    WebTestUsers.ensure(engine.getIdentityService(), "office", Roles.OFFICE);
    submit(user(a), itemOfA, validItem(a)); // opens the office's 审核落实情况
    Map<String, Task> kinds = new java.util.TreeMap<>();
    engine.getTaskService().createTaskQuery()
        .processInstanceBusinessKeyLike("campaign-" + campaign.getId() + "-" + a.getCode() + "%").list()
        .forEach(t -> kinds.putIfAbsent(t.getTaskDefinitionKey(), t));
    engine.getTaskService().createTaskQuery().processInstanceId(campaign.getProcessInstanceId()).list()
        .forEach(t -> kinds.putIfAbsent(t.getTaskDefinitionKey(), t));
    assertThat(kinds).containsKeys("AcknowledgePlanTask", "ImplementItemTask", "ReviewItemTask", "RecordSessionTask");

    for (Task task : kinds.values()) {
      String candidate = candidateUser(task);
      Map<String, String> fields = declarations.of(task).types();
      Map<String, Object> before = snapshot();

      Map<String, Object> withIdentity = new HashMap<>();
      fields.forEach((name, type) -> withIdentity.put(name, typed(sample(type), type.isEmpty() ? "String" : type)));
      withIdentity.put("unitId", typed(b.getId(), "Long"));
      ResponseEntity<Map> identity = submit(candidate, task, withIdentity);
      assertThat(identity.getStatusCode()).as(task.getTaskDefinitionKey() + " with unitId").isEqualTo(HttpStatus.BAD_REQUEST);

      String first = fields.keySet().iterator().next();
      ResponseEntity<Map> serialized = submit(candidate, task, Map.of(first, Map.of("value", "rO0ABXQAAA==", "type", "Object",
          "valueInfo", Map.of("objectTypeName", "java.lang.String", "serializationDataFormat", "application/x-java-serialized-object"))));
      assertThat(serialized.getStatusCode()).as(task.getTaskDefinitionKey() + " serialized " + first).isEqualTo(HttpStatus.BAD_REQUEST);

      assertThat(snapshot()).as(task.getTaskDefinitionKey()).isEqualTo(before);
    }
  }

  @Autowired cn.qijin.tasklist.FormDeclarations declarations;

  private String candidateUser(Task task) {
    List<String> groups = engine.getTaskService().getIdentityLinksForTask(task.getId()).stream()
        .map(org.camunda.bpm.engine.task.IdentityLink::getGroupId).filter(java.util.Objects::nonNull).toList();
    if (groups.contains(a.groupId())) {
      return user(a);
    }
    if (groups.contains(Roles.OFFICE)) {
      return "office";
    }
    throw new AssertionError(task.getTaskDefinitionKey() + " has candidates " + groups);
  }

  private static Object sample(String type) {
    return switch (type) {
      case "Long" -> 1L;
      case "Boolean" -> true;
      default -> "2017-07-05";
    };
  }

  private ResponseEntity<Map> submit(String user, Task task, Map<String, Object> variables) {
    return http.withBasicAuth(user, WebTestUsers.PASSWORD).postForEntity(
        "/engine-rest/task/" + task.getId() + "/submit-form", Map.of("variables", variables), Map.class);
  }

  private Map<String, Object> validItem(Unit unit) {
    Map<String, Object> variables = new HashMap<>();
    variables.put("activityDate", typed("2017-07-05", "String"));
    variables.put("activityPlace", typed("培训室", "String"));
    variables.put("participantCount", typed(20L, "Long"));
    variables.put("activityThemes", typed("T5,T6", "String"));
    variables.put("activitySummary", typed("开展了安全教育。", "String"));
    variables.put("evidenceUploads", typed(drive.upload(user(unit), TestFiles.photo("现场照片.png")), "String"));
    return variables;
  }

  /** What the unit processes, the product's records and the audit trail hold (compared before and after). */
  private Map<String, Object> snapshot() {
    List<String> instances = List.of(drive.unitInstance(campaign, a).getId(), drive.unitInstance(campaign, b).getId());
    Map<String, Object> state = new HashMap<>();
    state.put("progress", jdbc.queryForList("select * from checklist_progress where campaign_id = ? order by id", campaign.getId()));
    state.put("evidence", jdbc.queryForList("select * from evidence where campaign_id = ? order by id", campaign.getId()));
    state.put("obligations", jdbc.queryForList("select * from obligation where campaign_id = ? order by id", campaign.getId()));
    state.put("audit", jdbc.queryForObject("select count(*) from audit_event", Long.class));
    for (String instance : instances) {
      state.put("variables " + instance, jdbc.queryForList(
          "select name_, text_, long_ from act_ru_variable where proc_inst_id_ = ? order by name_, execution_id_", instance));
      state.put("tasks " + instance, jdbc.queryForList(
          "select id_, assignee_, due_date_ from act_ru_task where proc_inst_id_ = ? order by id_", instance));
    }
    return state;
  }

  private static Map<String, Object> typed(Object value, String type) {
    return Map.of("value", value, "type", type);
  }

  private static String user(Unit unit) {
    return unit.getCode().toLowerCase();
  }
}
