package cn.qijin.errors;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.net.URI;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 10, point 6: every response carries {@code X-Content-Type-Options: nosniff}, a Referrer-Policy and
 * anti-framing — /api (answers, errors, a downloaded evidence file), /engine-rest (also its 401), Swagger UI
 * (with its own strict Content-Security-Policy) and Camunda's web apps, where Camunda's own header filter
 * sets its Content-Security-Policy and nosniff and the application adds only what that filter does not
 * set: no header twice.
 */
@QijinSpringTest
class SecurityHeadersTest {

  private static final String OFFICE = "headersoffice";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @LocalServerPort int port;

  RawHttp http;
  String office;
  String admin;

  @BeforeEach
  void users() {
    http = new RawHttp(port);
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE, Roles.OFFICE);
    office = RawHttp.basic(OFFICE, WebTestUsers.PASSWORD);
    admin = RawHttp.basic("admin", "test-admin");
  }

  @Test
  void the_api_its_errors_and_its_files_carry_the_headers() {
    for (RawHttp.Response response : List.of(
        get("/api/units", office),
        get("/api/units", null),
        get("/api/nope", office),
        get("/api/campaigns/abc", office),
        http.send("POST", "/api/units", "{".getBytes(), "Authorization", office, "Content-Type", "application/json"),
        get("/api/openapi", office))) {
      assertApplicationHeaders(response);
    }
    assertApplicationHeaders(get(evidenceFile(), office));
  }

  @Test
  void the_engine_rest_api_and_its_errors_carry_the_headers() {
    for (RawHttp.Response response : List.of(
        get("/engine-rest/task", admin),
        get("/engine-rest/task", null),
        get("/engine-rest/task/999999999", admin),
        http.send("POST", "/engine-rest/task/999999999/complete", "{}".getBytes(), "Authorization", admin,
            "Content-Type", "application/json"),
        get("/engine-rest/task/%00", admin))) {
      assertApplicationHeaders(response);
    }
  }

  @Test
  void swagger_ui_has_a_strict_content_security_policy_and_cannot_be_framed() {
    RawHttp.Response docs = get("/api/docs", office);
    assertThat(docs.status()).isEqualTo(302);
    String location = URI.create(docs.headers().firstValue("Location").orElseThrow()).getPath();
    assertThat(location).isEqualTo("/api/swagger-ui/index.html");
    for (String path : List.of("/api/docs", location, "/api/swagger-ui/swagger-ui-bundle.js",
        "/api/swagger-ui/swagger-initializer.js", "/api/openapi/swagger-config")) {
      RawHttp.Response response = get(path, office);
      assertThat(response.status()).as(path).isIn(200, 302);
      assertApplicationHeaders(response);
      if (!path.startsWith("/api/openapi")) {
        List<String> policy = response.headers().allValues("Content-Security-Policy");
        assertThat(policy).as(path).hasSize(1);
        assertThat(policy.get(0)).contains("default-src 'none'", "script-src 'self'", "frame-ancestors 'none'",
            "object-src 'none'").doesNotContain("unsafe-eval").doesNotContain("script-src 'self' 'unsafe-inline'");
      }
    }
    assertThat(get(location, office).body()).contains("swagger-ui-bundle.js").doesNotContain("<script>");
  }

  @Test
  void camundas_web_apps_keep_their_own_policy_and_get_the_rest_once() {
    for (String path : List.of("/camunda/app/tasklist/", "/camunda/app/cockpit/", "/camunda/api/engine/engine/")) {
      RawHttp.Response response = get(path, null);
      assertThat(response.status()).as(path).isLessThan(500);
      assertThat(response.headers().allValues("X-Content-Type-Options")).as(path).containsExactly("nosniff");
      assertThat(response.headers().allValues("Referrer-Policy")).as(path).containsExactly("same-origin");
      assertThat(response.headers().allValues("X-Frame-Options")).as(path).containsExactly("DENY");
      List<String> policy = response.headers().allValues("Content-Security-Policy");
      assertThat(policy).as(path + ": Camunda's policy, once").hasSize(1);
      assertThat(policy.get(0)).contains("frame-ancestors 'none'", "allow-popups-to-escape-sandbox");
    }
  }

  private static void assertApplicationHeaders(RawHttp.Response response) {
    String what = response.status() + " " + RawHttp.abbreviate(response.body());
    assertThat(response.headers().allValues("X-Content-Type-Options")).as(what).containsExactly("nosniff");
    assertThat(response.headers().allValues("Referrer-Policy")).as(what).containsExactly("same-origin");
    assertThat(response.headers().allValues("X-Frame-Options")).as(what).containsExactly("DENY");
  }

  private RawHttp.Response get(String path, String authorization) {
    return authorization == null ? http.send("GET", path, null) : http.send("GET", path, null, "Authorization", authorization);
  }

  /** A stored evidence file's download path: a unit's checklist item submitted with a photo. */
  private String evidenceFile() {
    CampaignDriver drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    try {
      drive.retireExistingUnits();
      drive.at("2017-06-01T09:00");
      Unit unit = drive.unit("ENTERPRISE");
      Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
      drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
          .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
      drive.at("2017-07-01T00:00");
      drive.fireDueTimers();
      drive.at("2017-07-10T10:00");
      String unitInstance = drive.unitInstance(campaign, unit).getId();
      drive.completeAs(unit.getCode().toLowerCase(), unit.groupId(),
          drive.tasks(unitInstance, "ImplementItemTask").get(0), CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
      Long fileId = jdbc.queryForObject("select f.id from evidence_file f join evidence e on e.id = f.evidence_id "
          + "where e.campaign_id = ?", Long.class, campaign.getId());
      return "/api/evidence/files/" + fileId;
    } finally {
      ClockUtil.reset();
    }
  }
}
