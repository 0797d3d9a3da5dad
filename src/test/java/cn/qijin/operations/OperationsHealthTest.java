package cn.qijin.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The operator's endpoints over HTTP: health open with status only, probes, Prometheus for the operator
 * groups (camunda-admin in the test profile), nothing else exposed.
 */
@QijinSpringTest
class OperationsHealthTest {

  private static final String ADMIN = "admin";
  private static final String ADMIN_PASSWORD = "test-admin"; // application-test.yml

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;

  private final ObjectMapper json = new ObjectMapper();

  @Test
  void anonymous_health_is_up_with_the_status_only() throws Exception {
    ResponseEntity<String> response = http.getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    JsonNode body = json.readTree(response.getBody());
    assertThat(body.path("status").asText()).isEqualTo("UP");
    assertThat(body.has("components")).as(response.getBody()).isFalse();
    assertThat(body.has("details")).as(response.getBody()).isFalse();
  }

  @Test
  void readiness_and_liveness_are_open_and_up() throws Exception {
    for (String probe : List.of("readiness", "liveness")) {
      ResponseEntity<String> response = http.getForEntity("/actuator/health/" + probe, String.class);
      assertThat(response.getStatusCode()).as(probe).isEqualTo(HttpStatus.OK);
      JsonNode body = json.readTree(response.getBody());
      assertThat(body.path("status").asText()).as(probe).isEqualTo("UP");
      assertThat(body.has("components")).as(response.getBody()).isFalse();
    }
  }

  @Test
  void the_admin_sees_each_contributor_and_readiness_leaves_the_mail_outbox_out() throws Exception {
    JsonNode health = json.readTree(asAdmin().getForObject("/actuator/health", String.class));
    JsonNode components = health.path("components");
    assertThat(components.path("db").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("evidenceStore").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("evidenceStore").path("details").path("freeBytes").asLong()).isPositive();
    // the test profile runs no job executor: reported, not failed
    assertThat(components.path("jobExecutor").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("jobExecutor").path("details").path("enabled").asBoolean(true)).isFalse();
    assertThat(components.path("mailOutbox").path("status").asText()).isEqualTo("UP");
    assertThat(components.path("mailOutbox").path("details").has("backlog")).isTrue();
    assertThat(components.has("mail")).as("Boot's SMTP check is off").isFalse();

    JsonNode readiness = json.readTree(asAdmin().getForObject("/actuator/health/readiness", String.class));
    assertThat(readiness.path("components").fieldNames()).toIterable()
        .containsExactlyInAnyOrder("readinessState", "db", "jobExecutor", "evidenceStore");
    JsonNode liveness = json.readTree(asAdmin().getForObject("/actuator/health/liveness", String.class));
    assertThat(liveness.path("components").fieldNames()).toIterable().containsExactly("livenessState");
  }

  @Test
  void a_logged_in_user_outside_the_operator_groups_sees_the_status_only() throws Exception {
    String user = unitUser();
    ResponseEntity<String> response = http.withBasicAuth(user, WebTestUsers.PASSWORD)
        .getForEntity("/actuator/health", String.class);
    assertThat(response.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(json.readTree(response.getBody()).has("components")).as(response.getBody()).isFalse();
  }

  @Test
  void prometheus_needs_a_login_refuses_other_users_and_gives_the_admin_the_qijin_metrics() throws Exception {
    ResponseEntity<String> anonymous = http.getForEntity("/actuator/prometheus", String.class);
    assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    assertThat(anonymous.getHeaders().getFirst(HttpHeaders.WWW_AUTHENTICATE)).startsWith("Basic");
    assertThat(json.readTree(anonymous.getBody()).path("message").asText()).contains("请先登录");

    // (a wrong password counts against that account from this client: the login throttle, so not the admin's)
    String unitUser = unitUser();
    ResponseEntity<String> wrongPassword = http.withBasicAuth(unitUser(), "wrong").getForEntity("/actuator/prometheus",
        String.class);
    assertThat(wrongPassword.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    ResponseEntity<String> unit = http.withBasicAuth(unitUser, WebTestUsers.PASSWORD)
        .getForEntity("/actuator/prometheus", String.class);
    assertThat(unit.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(json.readTree(unit.getBody()).path("message").asText()).contains("只有系统管理员");

    ResponseEntity<String> admin = asAdmin().getForEntity("/actuator/prometheus", String.class);
    assertThat(admin.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(admin.getBody())
        .containsPattern("(?m)^qijin_obligations_open\\{[^}]*state=\"overdue\"[^}]*} \\d")
        .containsPattern("(?m)^qijin_obligations_open\\{[^}]*state=\"due_soon\"")
        .containsPattern("(?m)^qijin_units_overdue\\{[^}]*level=\"3\"")
        .containsPattern("(?m)^qijin_outbox_messages\\{[^}]*status=\"failed\"")
        .containsPattern("(?m)^qijin_outbox_backlog\\{")
        .containsPattern("(?m)^qijin_evidence_stored_files\\{")
        .containsPattern("(?m)^qijin_evidence_stored_bytes\\{")
        .containsPattern("(?m)^qijin_tasks_open\\{")
        .containsPattern("(?m)^qijin_tasks_overdue\\{")
        .containsPattern("(?m)^qijin_jobs_executable\\{")
        .containsPattern("(?m)^qijin_jobs_failed\\{")
        .containsPattern("(?m)^qijin_incidents_open\\{")
        .contains("jvm_memory_used_bytes", "hikaricp_connections_active")
        .doesNotContainPattern("(?m)^qijin_\\w+\\{[^}]*} NaN");
  }

  @Test
  void nothing_else_is_exposed_and_the_rest_of_actuator_is_not_open_to_anonymous_callers() {
    for (String endpoint : List.of("env", "beans", "heapdump", "configprops", "loggers", "threaddump", "metrics")) {
      assertThat(asAdmin().getForEntity("/actuator/" + endpoint, String.class).getStatusCode()).as(endpoint)
          .isEqualTo(HttpStatus.NOT_FOUND);
      assertThat(http.getForEntity("/actuator/" + endpoint, String.class).getStatusCode()).as(endpoint)
          .isEqualTo(HttpStatus.UNAUTHORIZED);
    }
    // a path that only looks like health is not open
    assertThat(http.getForEntity("/actuator/health/../env", String.class).getStatusCode())
        .isIn(HttpStatus.UNAUTHORIZED, HttpStatus.BAD_REQUEST);
  }

  private TestRestTemplate asAdmin() {
    return http.withBasicAuth(ADMIN, ADMIN_PASSWORD);
  }

  private String unitUser() {
    Unit unit = new CampaignDriver(engine, units, campaigns, jdbc, uploads).unit("ENTERPRISE");
    String user = unit.getCode().toLowerCase();
    WebTestUsers.ensure(engine.getIdentityService(), user, unit.groupId());
    return user;
  }
}
