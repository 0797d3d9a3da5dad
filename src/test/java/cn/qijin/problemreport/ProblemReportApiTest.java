package cn.qijin.problemreport;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ORG-1 over HTTP: a unit starts 上报问题 through the engine's REST API with its start form's variables only; the
 * register and the reports are read per role — the office and the leadership group all, a unit its own, another
 * unit's report is unknown to it.
 */
@QijinSpringTest
class ProblemReportApiTest {

  private static final String START = "/engine-rest/process-definition/key/qijin_problem_report/";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired TestRestTemplate http;
  @Autowired ProblemReportRepository reports;

  CampaignDriver drive;
  Campaign campaign;
  Unit a;
  Unit b;

  @BeforeEach
  void twoUnits() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    CampaignDriver.TwoUnits two = drive.twoEnterprisesInPhase2();
    campaign = two.campaign();
    a = two.a();
    b = two.b();
    WebTestUsers.ensure(engine.getIdentityService(), "officereports", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), "leaderreports", Roles.LEADERSHIP);
    drive.at("2017-07-10T10:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void ORG1_a_unit_reports_through_rest_with_its_start_form_variables_only() {
    long before = reports.count();
    Map<String, Object> forged = form("冒名");
    forged.put("unitId", Map.of("value", b.getId(), "type", "Long"));
    ResponseEntity<Map> refused = as(user(a)).postForEntity(START + "submit-form", Map.of("variables", forged), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(refused.getBody().get("message").toString()).contains("本表单没有字段“unitId”");
    ResponseEntity<Map> viaStart = as(user(a)).postForEntity(START + "start", Map.of("variables", forged), Map.class);
    assertThat(viaStart.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    Map<String, Object> noTitle = form(" ");
    ResponseEntity<Map> missing = as(user(a)).postForEntity(START + "submit-form", Map.of("variables", noTitle), Map.class);
    assertThat(missing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(missing.getBody()).containsEntry("message", "请填写问题标题");
    assertThat(as(user(a)).postForEntity(START + "start", Map.of("variables", noTitle), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.BAD_REQUEST);
    // nothing may start it past its start listener
    ResponseEntity<Map> skipping = as(user(a)).postForEntity(START + "start", Map.of("variables", form("绕过检查"),
        "skipCustomListeners", true, "startInstructions", List.of(Map.of("type", "startBeforeActivity",
            "activityId", ProblemReportProcess.ACKNOWLEDGE_TASK))), Map.class);
    assertThat(skipping.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(skipping.getBody().get("message").toString()).contains("启动流程时不能指定“skipCustomListeners”")
        .contains("“startInstructions”");
    // only units start it
    assertThat(as("officereports").postForEntity(START + "submit-form", Map.of("variables", form("办公室")), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(reports.count()).isEqualTo(before);

    ResponseEntity<Map> started = as(user(a)).postForEntity(START + "submit-form",
        Map.of("variables", form("企业安全宣传场地不足"), "businessKey", "campaign-1-OTHER"), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    ProblemReport report = reports.ofProcess(started.getBody().get("id").toString());
    assertThat(report.getUnitId()).isEqualTo(a.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(report.getProcessInstanceId())
        .singleResult().getBusinessKey()).isEqualTo("campaign-" + campaign.getId() + "-" + a.getCode() + "-problem-" + report.getId());
  }

  @Test
  void ORG1_the_office_and_leadership_read_every_report_a_unit_only_its_own() {
    ResponseEntity<Map> started = as(user(a)).postForEntity(START + "submit-form",
        Map.of("variables", form("宣传资料不足")), Map.class);
    assertThat(started.getStatusCode()).isEqualTo(HttpStatus.OK);
    Long id = reports.ofProcess(started.getBody().get("id").toString()).getId();
    String list = "/api/campaigns/" + campaign.getId() + "/problem-reports";

    for (String reader : List.of("officereports", "leaderreports", user(a))) {
      ResponseEntity<List> all = as(reader).getForEntity(list, List.class);
      assertThat(all.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(all.getBody()).as(reader).extracting(r -> ((Map<?, ?>) r).get("id")).containsExactly(id.intValue());
      ResponseEntity<Map> one = as(reader).getForEntity("/api/problem-reports/" + id, Map.class);
      assertThat(one.getStatusCode()).as(reader).isEqualTo(HttpStatus.OK);
      assertThat(one.getBody()).containsEntry("unitCode", a.getCode()).containsEntry("stateName", "待办公室处理")
          .containsEntry("title", "宣传资料不足");
    }
    assertThat(as(user(b)).getForEntity(list, List.class).getBody()).isEmpty();
    ResponseEntity<Map> hidden = as(user(b)).getForEntity("/api/problem-reports/" + id, Map.class);
    assertThat(hidden.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(hidden.getBody()).containsEntry("message", "未找到编号为 " + id + " 的上报问题");
    assertThat(as("officereports").getForEntity("/api/problem-reports/999999", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("officereports").getForEntity("/api/campaigns/999999/problem-reports", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(http.getForEntity(list, Map.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);

    // PH-3's problem register lists it, for the office and the leadership group only
    ResponseEntity<List> register = as("leaderreports").getForEntity("/api/problems?campaign=" + campaign.getId(), List.class);
    assertThat(register.getBody()).anySatisfy(row -> assertThat(asMap(row))
        .containsEntry("origin", "UNIT_REPORT").containsEntry("originName", "单位上报")
        .containsEntry("reportId", id.intValue()).containsEntry("reportingUnitCode", a.getCode())
        .containsEntry("ownerName", "活动办公室").containsEntry("statusName", "待办公室处理"));
    assertThat(as(user(a)).getForEntity("/api/problems?campaign=" + campaign.getId(), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);

    // the office's task is not the unit's: answered as unknown
    String handle = drive.task(reports.findById(id).orElseThrow().getProcessInstanceId(),
        ProblemReportProcess.HANDLE_TASK).getId();
    assertThat(as(user(a)).postForEntity("/engine-rest/task/" + handle + "/submit-form", Map.of("variables",
        Map.of("handlingChoice", Map.of("value", "resolve", "type", "String"))), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> asMap(Object row) {
    return (Map<String, Object>) row;
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, WebTestUsers.PASSWORD);
  }

  private static String user(Unit unit) {
    return CampaignDriver.TwoUnits.user(unit);
  }

  private static Map<String, Object> form(String title) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("reportTitle", Map.of("value", title, "type", "String"));
    vars.put("reportCategory", Map.of("value", "宣传阵地与设施", "type", "String"));
    vars.put("reportDescription", Map.of("value", "情况说明", "type", "String"));
    return vars;
  }
}
