package cn.qijin.dashboard;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.ObligationService;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
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
 * The supervisors' dashboard over REST (ORG-1, ORG-2, REC-1, REC-2) on a campaign driven by the engine clock into
 * every state (see {@link DashboardScenario}): colours, phases, venue progress and the overdue units with their
 * escalation level, at the first quarter's due moment and on 2017-12-20; bad input refused in Chinese.
 */
@QijinSpringTest
class DashboardApiTest {

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;
  @Autowired ObligationService obligationService;

  DashboardScenario scenario;
  TestRestTemplate office;
  TestRestTemplate leader;

  @BeforeEach
  void campaignInPhase2() {
    WebTestUsers.ensure(engine.getIdentityService(), "dashoffice", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), "dashleader", Roles.LEADERSHIP);
    office = http.withBasicAuth("dashoffice", WebTestUsers.PASSWORD);
    leader = http.withBasicAuth("dashleader", WebTestUsers.PASSWORD);
    scenario = new DashboardScenario(new CampaignDriver(engine, units, campaigns, jdbc, uploads), units, campaigns,
        obligations, obligationService).start();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void shows_each_cell_coloured_by_state_the_venues_and_the_overdue_units_as_the_campaign_clock_moves() {
    scenario.toFirstDueDayEnd();
    JsonNode due = get(office, "/api/dashboard?campaignId=" + scenario.campaign.getId());
    assertThat(due.at("/today").asText()).isEqualTo("2017-09-30");
    assertThat(due.at("/quarter/code").asText()).as("default: the clock's quarter").isEqualTo("2017Q3");
    assertThat(due.at("/mayExempt").asBoolean()).as("the office may exempt from the matrix (REC-3)").isTrue();
    assertThat(cell(due, scenario.onTime, "2017Q3")).isEqualTo("FULFILLED/GREEN");
    assertThat(cell(due, scenario.late, "2017Q3")).isEqualTo("OVERDUE/RED");
    assertThat(cell(due, scenario.ignored, "2017Q3")).isEqualTo("OVERDUE/RED");
    assertThat(cell(due, scenario.exempted, "2017Q3")).isEqualTo("EXEMPTED/GREY");
    assertThat(cell(due, scenario.organ, "2017Q3")).isEqualTo("EXTENDED/NEUTRAL");
    assertThat(cell(due, scenario.onTime, "2017Q4")).isEqualTo("NOT_STARTED/NEUTRAL");
    // overdue by a fraction of a second: on the list, not escalated yet, 0 days
    assertThat(overdue(due)).containsExactlyInAnyOrder(
        scenario.ignored.getCode() + " 2017Q3 0天 0 null 尚未启动督办",
        scenario.late.getCode() + " 2017Q3 0天 0 null 尚未启动督办");

    scenario.toDecember20();
    JsonNode december = get(office, "/api/dashboard?campaignId=" + scenario.campaign.getId());
    assertThat(december.at("/today").asText()).isEqualTo("2017-12-20");
    assertThat(december.at("/quarter/code").asText()).isEqualTo("2017Q4");
    assertThat(december.at("/quarter/name").asText()).isEqualTo("2017年第四季度");
    assertThat(december.at("/campaign/name").asText()).isEqualTo("督导看板测试活动");

    // the matrix: every state and its colour; the school owes nothing and has no row
    assertThat(cell(december, scenario.onTime, "2017Q3")).isEqualTo("FULFILLED/GREEN");
    assertThat(cell(december, scenario.late, "2017Q3")).isEqualTo("FULFILLED_LATE/AMBER");
    assertThat(cell(december, scenario.ignored, "2017Q3")).isEqualTo("ESCALATED/RED");
    assertThat(cell(december, scenario.exempted, "2017Q3")).isEqualTo("EXEMPTED/GREY");
    assertThat(cell(december, scenario.organ, "2017Q3")).isEqualTo("ESCALATED/RED");
    assertThat(cell(december, scenario.recent, "2017Q3")).isEqualTo("ESCALATED/RED");
    assertThat(cell(december, scenario.onTime, "2017Q4")).isEqualTo("FULFILLED/GREEN");
    assertThat(cell(december, scenario.late, "2017Q4")).isEqualTo("DUE_SOON/AMBER");
    assertThat(cell(december, scenario.exempted, "2017Q4")).isEqualTo("EXTENDED/NEUTRAL");
    assertThat(cell(december, scenario.onTime, "2018Q1")).isEqualTo("NOT_STARTED/NEUTRAL");
    assertThat(row(december, scenario.ignored).at("/unitName").asText()).isEqualTo(DashboardScenario.IGNORED_NAME);
    assertThat(row(december, scenario.ignored).at("/cells/2017Q3/processInstanceId").asText())
        .isEqualTo(scenario.obligation(scenario.ignored, "2017Q3").getProcessInstanceId());
    assertThat(december.at("/matrix").findValuesAsText("unitCode")).hasSize(6).doesNotContain(scenario.school.getCode());
    assertThat(december.at("/legend").findValuesAsText("label"))
        .containsExactly("已履行、已提交待审核", "即将到期、逾期履行、逾期提交待审核", "已逾期、已督办", "已豁免", "未开始、进行中、已延期");

    // the phases around today
    assertThat(texts(december.at("/phases"), "code", "name", "start", "end", "stateName")).containsExactly(
        "PH-1 部署发动 2017-06-01 2017-06-30 已结束",
        "PH-2 组织实施 2017-07-01 2017-12-31 进行中",
        "PH-3 巩固提升 2018-01-01 2018-12-31 未开始");
    assertThat(texts(december.at("/quarters"), "code", "current")).containsExactly("2017Q3 false", "2017Q4 true",
        "2018Q1 false", "2018Q2 false", "2018Q3 false", "2018Q4 false");

    // per venue: items accepted by the quarter's end of all items; the quarter's obligations fulfilled of those owed
    assertThat(texts(december.at("/venues"), "venueName", "units", "checklistAccepted", "checklistTotal",
        "obligationsFulfilled", "obligationsOwed", "obligationsExempted")).containsExactly(
        "企业 4 2 32 1 4 0", "学校 1 0 1 0 0 0", "机关 2 2 14 0 2 0");

    // still overdue, longest first, with the ladder's level (bpmn/obligation-escalation.dmn) and days since the due day
    assertThat(overdue(december)).containsExactly(
        scenario.ignored.getCode() + " 2017Q3 81天 3 红色约谈 领导小组约谈",
        scenario.organ.getCode() + " 2017Q3 10天 2 橙色督办 办公室督办",
        scenario.recent.getCode() + " 2017Q3 3天 1 黄色预警 已提醒单位");
    assertThat(december.at("/overdue/0/processInstanceId").asText())
        .isEqualTo(scenario.obligation(scenario.ignored, "2017Q3").getProcessInstanceId());
    assertThat(december.at("/overdue/0/unitName").asText()).isEqualTo(DashboardScenario.IGNORED_NAME);

    // an earlier quarter: its own obligation counts and the items accepted by its end; the same units still behind
    JsonNode q3 = get(leader, "/api/dashboard?campaignId=" + scenario.campaign.getId() + "&quarter=2017q3");
    assertThat(q3.at("/quarter/code").asText()).isEqualTo("2017Q3");
    assertThat(q3.at("/mayExempt").isBoolean()).isTrue();
    assertThat(q3.at("/mayExempt").asBoolean()).as("the leadership group reads, the office exempts").isFalse();
    assertThat(texts(q3.at("/venues"), "venueName", "checklistAccepted", "obligationsFulfilled", "obligationsOwed",
        "obligationsExempted")).containsExactly("企业 2 2 4 0", "学校 0 0 0 0", "机关 1 0 1 1");
    assertThat(overdue(q3)).hasSize(3);
  }

  @Test
  void without_parameters_shows_the_newest_running_campaign_and_lists_every_campaign() {
    JsonNode dashboard = get(office, "/api/dashboard");
    assertThat(dashboard.at("/campaign/id").asLong()).isEqualTo(scenario.campaign.getId());
    assertThat(dashboard.at("/campaign/statusName").asText()).isEqualTo("进行中");
    assertThat(dashboard.at("/campaign/phaseName").asText()).isEqualTo("组织实施");
    assertThat(dashboard.at("/quarter/code").asText()).isEqualTo("2017Q3");

    JsonNode campaignsListed = get(leader, "/api/dashboard/campaigns");
    assertThat(campaignsListed.get(0).at("/id").asLong()).as("newest first").isEqualTo(scenario.campaign.getId());
    assertThat(campaignsListed.get(0).at("/preselected").asBoolean()).isTrue();
    assertThat(campaignsListed.findValues("preselected").stream().filter(JsonNode::asBoolean)).hasSize(1);
    assertThat(campaignsListed.get(0).at("/name").asText()).isEqualTo("督导看板测试活动");
  }

  @Test
  void refuses_unknown_campaigns_bad_quarters_and_units_in_chinese() {
    long id = scenario.campaign.getId();
    assertError(office, "/api/dashboard?campaignId=987654", HttpStatus.NOT_FOUND, "未找到编号为 987654 的活动");
    assertError(office, "/api/dashboard?campaignId=abc", HttpStatus.BAD_REQUEST, "活动编号应为数字，收到“abc”");
    assertError(office, "/api/dashboard?campaignId=" + id + "&quarter=2017-4", HttpStatus.BAD_REQUEST,
        "季度格式不正确：“2017-4”，应为年份加季度，如 2026Q4");
    assertError(office, "/api/dashboard?campaignId=" + id + "&quarter=2017Q5", HttpStatus.BAD_REQUEST,
        "季度格式不正确：“2017Q5”，应为年份加季度，如 2026Q4");
    assertError(office, "/api/dashboard?campaignId=" + id + "&quarter=2017Q2", HttpStatus.BAD_REQUEST,
        "2017年第二季度不在活动“督导看板测试活动”的季度任务期间内（2017年第三季度至2018年第四季度）");
    assertError(office, "/api/dashboard?campaignId=" + id + "&quarter=2019Q1", HttpStatus.BAD_REQUEST,
        "2019年第一季度不在活动“督导看板测试活动”的季度任务期间内（2017年第三季度至2018年第四季度）");

    Unit unit = scenario.onTime;
    WebTestUsers.ensure(engine.getIdentityService(), "dashunit", unit.groupId());
    TestRestTemplate unitUser = http.withBasicAuth("dashunit", WebTestUsers.PASSWORD);
    assertError(unitUser, "/api/dashboard?campaignId=" + id, HttpStatus.FORBIDDEN, "只有活动办公室或领导小组可以查看");
    assertError(unitUser, "/api/dashboard/campaigns", HttpStatus.FORBIDDEN, "只有活动办公室或领导小组可以查看");
    assertThat(http.getForEntity("/api/dashboard", String.class).getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
  }

  // --- helpers

  private static JsonNode get(TestRestTemplate as, String url) {
    ResponseEntity<JsonNode> response = as.getForEntity(url, JsonNode.class);
    assertThat(response.getStatusCode()).as(url + ": " + response.getBody()).isEqualTo(HttpStatus.OK);
    return response.getBody();
  }

  private static void assertError(TestRestTemplate as, String url, HttpStatus status, String message) {
    ResponseEntity<JsonNode> response = as.getForEntity(url, JsonNode.class);
    assertThat(response.getStatusCode()).as(url).isEqualTo(status);
    assertThat(response.getBody().at("/message").asText()).as(url).isEqualTo(message);
  }

  private static JsonNode row(JsonNode dashboard, Unit unit) {
    for (JsonNode row : dashboard.at("/matrix")) {
      if (row.at("/unitCode").asText().equals(unit.getCode())) {
        return row;
      }
    }
    throw new AssertionError("no matrix row for " + unit.getCode());
  }

  /** "STATE/TONE" of a unit's cell. */
  private static String cell(JsonNode dashboard, Unit unit, String quarter) {
    JsonNode cell = row(dashboard, unit).at("/cells/" + quarter);
    return cell.at("/state").asText() + "/" + cell.at("/tone").asText();
  }

  private static List<String> overdue(JsonNode dashboard) {
    List<String> lines = new ArrayList<>();
    for (JsonNode o : dashboard.at("/overdue")) {
      lines.add(o.at("/unitCode").asText() + " " + o.at("/quarter").asText() + " " + o.at("/daysOverdue").asLong() + "天 "
          + o.at("/escalationLevel").asInt() + " " + o.at("/escalationName").asText("null") + " "
          + o.at("/escalationAction").asText());
    }
    return lines;
  }

  private static List<String> texts(JsonNode array, String... fields) {
    List<String> lines = new ArrayList<>();
    for (JsonNode item : array) {
      List<String> values = new ArrayList<>();
      for (String field : fields) {
        values.add(item.at("/" + field).asText());
      }
      lines.add(String.join(" ", values));
    }
    return lines;
  }
}
