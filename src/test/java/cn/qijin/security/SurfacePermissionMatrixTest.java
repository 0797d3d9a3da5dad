package cn.qijin.security;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.TestFiles;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.LinkedMultiValueMap;

/**
 * Issue 10, the permission matrix: each role (unit A, unit B, office, leadership, administrator,
 * anonymous) against each surface — the product's /api, /engine-rest, Tasklist's own API with a web
 * session, /actuator — reading and writing unit A's tasks, instances, variables, evidence and
 * obligations. One row each: who, what, expected status. Writes that must be refused change nothing.
 */
@QijinSpringTest
class SurfacePermissionMatrixTest {

  private static final Set<Integer> REFUSED = Set.of(403, 404);

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;
  @Autowired TestRestTemplate http;

  CampaignDriver drive;
  Unit a;
  Unit b;
  Campaign campaign;
  String instanceOfA;
  Task itemOfA;
  long evidenceOfA;
  long fileOfA;
  long obligationOfA;

  record Row(String role, HttpMethod method, String path, Object body, Set<Integer> expected) {}

  @BeforeEach
  void unitAHasEvidenceAndAnObligation() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    CampaignDriver.TwoUnits two = drive.twoEnterprisesInPhase2();
    campaign = two.campaign();
    a = two.a();
    b = two.b();
    WebTestUsers.ensure(engine.getIdentityService(), "office", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), "leader", Roles.LEADERSHIP);
    drive.at("2017-07-10T10:00");
    instanceOfA = drive.unitInstance(campaign, a).getId();
    drive.completeAs(user(a), a.groupId(), drive.itemTask(instanceOfA, "ImplementItemTask", "ENT-2"),
        CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    itemOfA = drive.itemTask(instanceOfA, "ImplementItemTask", "ENT-3");
    evidenceOfA = jdbc.queryForObject("select id from evidence where unit_id = ?", Long.class, a.getId());
    fileOfA = jdbc.queryForObject("select id from evidence_file where evidence_id = ?", Long.class, evidenceOfA);
    obligationOfA = obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), a.getId()).get(0).getId();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  private List<Row> matrix() {
    long c = campaign.getId();
    String task = itemOfA.getId();
    Map<String, Object> session = Map.of("date", "2017-07-06", "type", "事故警示教育会", "participants", 10,
        "cases", "案例", "summary", "冒名");
    List<Row> rows = new ArrayList<>();
    // the product's API: unit A's evidence and obligations
    rows.add(new Row("unitA", HttpMethod.GET, "/api/evidence/" + evidenceOfA, null, Set.of(200)));
    rows.add(new Row("unitB", HttpMethod.GET, "/api/evidence/" + evidenceOfA, null, REFUSED));
    rows.add(new Row("unitB", HttpMethod.GET, "/api/evidence/files/" + fileOfA, null, REFUSED));
    rows.add(new Row("office", HttpMethod.GET, "/api/evidence/" + evidenceOfA, null, Set.of(200)));
    rows.add(new Row("leadership", HttpMethod.GET, "/api/evidence/" + evidenceOfA, null, Set.of(200)));
    rows.add(new Row("unitA", HttpMethod.GET, "/api/evidence/export?unit=" + a.getCode(), null, REFUSED));
    rows.add(new Row("unitA", HttpMethod.GET, "/api/obligations/" + obligationOfA, null, Set.of(200)));
    rows.add(new Row("unitB", HttpMethod.GET, "/api/obligations/" + obligationOfA, null, REFUSED));
    rows.add(new Row("unitB", HttpMethod.POST, "/api/obligations/" + obligationOfA + "/sessions", session, REFUSED));
    rows.add(new Row("unitA", HttpMethod.POST, "/api/obligations/" + obligationOfA + "/exemption", Map.of("reason", "自己豁免"), REFUSED));
    rows.add(new Row("leadership", HttpMethod.POST, "/api/obligations/" + obligationOfA + "/exemption", Map.of("reason", "豁免"), REFUSED));
    rows.add(new Row("office", HttpMethod.GET, "/api/obligations/" + obligationOfA, null, Set.of(200)));
    // the office's registries and the campaign
    rows.add(new Row("unitA", HttpMethod.GET, "/api/units", null, REFUSED));
    rows.add(new Row("unitA", HttpMethod.PUT, "/api/units/" + b.getCode(), unitBody(b.getCode(), "改名"), REFUSED));
    rows.add(new Row("leadership", HttpMethod.POST, "/api/units", unitBody("X1", "某单位"), REFUSED));
    rows.add(new Row("unitA", HttpMethod.GET, "/api/campaigns/" + c, null, REFUSED));
    rows.add(new Row("unitA", HttpMethod.POST, "/api/campaigns", Map.of(), REFUSED));
    rows.add(new Row("leadership", HttpMethod.POST, "/api/campaigns/" + c + "/supervisions", Map.of("quarter", "2017Q2"), REFUSED));
    rows.add(new Row("unitA", HttpMethod.GET, "/api/dashboard?campaignId=" + c, null, REFUSED));
    rows.add(new Row("unitA", HttpMethod.GET, "/api/audit", null, REFUSED));
    rows.add(new Row("unitA", HttpMethod.GET, "/api/notifications", null, REFUSED));
    rows.add(new Row("office", HttpMethod.GET, "/api/campaigns/" + c, null, Set.of(200)));
    rows.add(new Row("office", HttpMethod.GET, "/api/admin/migrations?campaignId=" + c, null, Set.of(403)));
    rows.add(new Row("admin", HttpMethod.GET, "/api/admin/migrations?campaignId=" + c, null, Set.of(200)));
    rows.add(new Row("anonymous", HttpMethod.GET, "/api/evidence/" + evidenceOfA, null, Set.of(401)));
    // the engine's REST API: unit A's instance, variables, history and task
    rows.add(new Row("unitA", HttpMethod.GET, "/engine-rest/process-instance/" + instanceOfA, null, Set.of(200)));
    rows.add(new Row("unitB", HttpMethod.GET, "/engine-rest/process-instance/" + instanceOfA, null, REFUSED));
    rows.add(new Row("unitB", HttpMethod.GET, "/engine-rest/process-instance/" + instanceOfA + "/variables", null, REFUSED));
    rows.add(new Row("unitB", HttpMethod.GET, "/engine-rest/task/" + task, null, REFUSED));
    rows.add(new Row("unitB", HttpMethod.GET, "/engine-rest/task/" + task + "/form-variables", null, REFUSED));
    rows.add(new Row("unitB", HttpMethod.POST, "/engine-rest/task/" + task + "/claim", Map.of("userId", user(b)), REFUSED));
    rows.add(new Row("unitA", HttpMethod.PUT, "/engine-rest/process-instance/" + instanceOfA + "/variables/unitId",
        Map.of("value", b.getId(), "type", "Long"), REFUSED));
    rows.add(new Row("office", HttpMethod.PUT, "/engine-rest/process-instance/" + instanceOfA + "/variables/unitId",
        Map.of("value", b.getId(), "type", "Long"), REFUSED));
    rows.add(new Row("unitA", HttpMethod.POST, "/engine-rest/process-definition/key/qijin_campaign/start", Map.of(), REFUSED));
    rows.add(new Row("unitA", HttpMethod.POST, "/engine-rest/message", Map.of("messageName", "obligationExempted",
        "processVariables", Map.of("unitId", Map.of("value", b.getId(), "type", "Long"))), Set.of(400, 403, 404)));
    rows.add(new Row("anonymous", HttpMethod.GET, "/engine-rest/task", null, Set.of(401)));
    // the operator's endpoints
    rows.add(new Row("office", HttpMethod.GET, "/actuator/prometheus", null, Set.of(403)));
    rows.add(new Row("unitA", HttpMethod.GET, "/actuator/prometheus", null, Set.of(403)));
    rows.add(new Row("admin", HttpMethod.GET, "/actuator/prometheus", null, Set.of(200)));
    return rows;
  }

  @Test
  void every_role_on_every_surface_gets_what_the_permission_model_says() {
    Map<String, Object> before = state();
    List<String> wrong = new ArrayList<>();
    for (Row row : matrix()) {
      ResponseEntity<String> response = client(row.role).exchange(row.path, row.method,
          row.body == null ? null : new HttpEntity<>(row.body), String.class);
      if (!row.expected.contains(response.getStatusCode().value())) {
        wrong.add(row.role + " " + row.method + " " + row.path + ": " + response.getStatusCode().value()
            + " (expected " + row.expected + ") " + response.getBody());
      }
    }
    assertThat(wrong).isEmpty();
    assertThat(state()).as("refused writes change nothing").isEqualTo(before);
  }

  @Test
  void a_units_task_list_and_search_show_only_its_own() throws Exception {
    ObjectMapper json = new ObjectMapper();
    JsonNode tasksOfB = json.readTree(client("unitB").getForObject("/engine-rest/task?processInstanceId=" + instanceOfA, String.class));
    assertThat(tasksOfB).isEmpty();
    JsonNode historyOfB = json.readTree(client("unitB").getForObject(
        "/engine-rest/history/process-instance?processInstanceId=" + instanceOfA, String.class));
    assertThat(historyOfB).isEmpty();
    JsonNode evidenceOfB = json.readTree(client("unitB").getForObject("/api/evidence?unit=" + a.getCode(), String.class));
    assertThat(evidenceOfB.path("content")).isEmpty();
    JsonNode matrixOfB = json.readTree(client("unitB").getForObject("/api/campaigns/" + campaign.getId() + "/obligations", String.class));
    assertThat(matrixOfB.toString()).doesNotContain(a.getCode());
  }

  @Test
  void tasklists_own_api_with_a_web_session_keeps_a_unit_to_its_own_tasks() {
    WebSession unitB = WebSession.login(http, "tasklist", user(b));
    assertThat(unitB.get("/camunda/api/engine/engine/default/task?processInstanceId=" + instanceOfA).getBody()).isEqualTo("[]");
    Map<String, Object> before = state();
    ResponseEntity<String> submit = unitB.post("/camunda/api/engine/engine/default/task/" + itemOfA.getId() + "/submit-form",
        Map.of("variables", Map.of("activityPlace", Map.of("value", "冒名", "type", "String"))));
    assertThat(submit.getStatusCode().value()).isIn(REFUSED);
    ResponseEntity<String> identity = WebSession.login(http, "tasklist", user(a)).post(
        "/camunda/api/engine/engine/default/task/" + itemOfA.getId() + "/submit-form",
        Map.of("variables", Map.of("unitId", Map.of("value", b.getId(), "type", "Long"))));
    assertThat(identity.getStatusCode().value()).as(identity.getBody()).isEqualTo(400);
    assertThat(state()).isEqualTo(before);
    assertThat(WebSession.loginStatus(http, "cockpit", user(a))).as("units have no Cockpit").isIn(401, 403);
  }

  private static Map<String, Object> unitBody(String code, String name) {
    return Map.of("code", code, "name", name, "venue", "企业", "contactPerson", "张三", "phone", "0632-1234567",
        "email", "x@example.org", "active", true);
  }

  private TestRestTemplate client(String role) {
    return switch (role) {
      case "unitA" -> http.withBasicAuth(user(a), WebTestUsers.PASSWORD);
      case "unitB" -> http.withBasicAuth(user(b), WebTestUsers.PASSWORD);
      case "office" -> http.withBasicAuth("office", WebTestUsers.PASSWORD);
      case "leadership" -> http.withBasicAuth("leader", WebTestUsers.PASSWORD);
      case "admin" -> http.withBasicAuth("admin", "test-admin");
      default -> http;
    };
  }

  private Map<String, Object> state() {
    return Map.of(
        "units", jdbc.queryForList("select code, name, active from unit where id in (?, ?) order by id", a.getId(), b.getId()),
        "obligations", jdbc.queryForList("select id, exempted_at, exemption_reason, fulfilled_at from obligation where campaign_id = ? order by id", campaign.getId()),
        "sessions", jdbc.queryForObject("select count(*) from obligation_session", Long.class),
        "evidence", jdbc.queryForList("select id, unit_id, summary from evidence where campaign_id = ? order by id", campaign.getId()),
        "variables", jdbc.queryForList("select name_, text_, long_ from act_ru_variable where proc_inst_id_ = ? order by name_, execution_id_", instanceOfA),
        "task", jdbc.queryForList("select id_, assignee_, due_date_ from act_ru_task where id_ = ?", itemOfA.getId()),
        "instances", jdbc.queryForObject("select count(*) from act_ru_execution where parent_id_ is null", Long.class));
  }

  private static String user(Unit unit) {
    return unit.getCode().toLowerCase();
  }

  /** A Camunda web app session (cookie and CSRF token), as Tasklist holds it after its login page. */
  record WebSession(TestRestTemplate http, HttpHeaders headers) {

    static WebSession login(TestRestTemplate http, String app, String user) {
      HttpHeaders headers = anonymous(http);
      ResponseEntity<String> login = loginResponse(http, app, user, headers);
      assertThat(login.getStatusCode().value()).as(login.getBody()).isEqualTo(200);
      // the login starts a new session: its cookie replaces the anonymous one
      remember(headers, login.getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
      headers.setContentType(MediaType.APPLICATION_JSON);
      return new WebSession(http, headers);
    }

    static int loginStatus(TestRestTemplate http, String app, String user) {
      return loginResponse(http, app, user, anonymous(http)).getStatusCode().value();
    }

    /** The session and CSRF token the login page gets before anyone logs in. */
    private static HttpHeaders anonymous(TestRestTemplate http) {
      HttpHeaders headers = new HttpHeaders();
      remember(headers, http.getForEntity("/camunda/api/admin/auth/user/default", String.class)
          .getHeaders().getOrEmpty(HttpHeaders.SET_COOKIE));
      return headers;
    }

    private static void remember(HttpHeaders headers, List<String> setCookies) {
      Map<String, String> jar = new java.util.LinkedHashMap<>();
      for (String cookie : headers.getOrEmpty(HttpHeaders.COOKIE)) {
        for (String pair : cookie.split("; ")) {
          jar.put(pair.split("=", 2)[0], pair);
        }
      }
      for (String cookie : setCookies) {
        String pair = cookie.split(";", 2)[0];
        jar.put(pair.split("=", 2)[0], pair);
      }
      headers.set(HttpHeaders.COOKIE, String.join("; ", jar.values()));
      String token = jar.get("XSRF-TOKEN");
      if (token != null) {
        headers.set("X-XSRF-TOKEN", token.substring("XSRF-TOKEN=".length()));
      }
    }

    private static ResponseEntity<String> loginResponse(TestRestTemplate http, String app, String user, HttpHeaders session) {
      HttpHeaders form = new HttpHeaders();
      form.addAll(session);
      form.setContentType(MediaType.APPLICATION_FORM_URLENCODED);
      var body = new LinkedMultiValueMap<String, String>();
      body.add("username", user);
      body.add("password", WebTestUsers.PASSWORD);
      return http.postForEntity("/camunda/api/admin/auth/user/default/login/" + app, new HttpEntity<>(body, form), String.class);
    }

    ResponseEntity<String> get(String path) {
      return http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers), String.class);
    }

    ResponseEntity<String> post(String path, Object body) {
      return http.exchange(path, HttpMethod.POST, new HttpEntity<>(body, headers), String.class);
    }
  }
}
