package cn.qijin.template;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.obligation.EscalationPolicy;
import cn.qijin.security.Roles;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 part 5 over HTTP: the office makes the next version of a template from the current one (a schools'
 * item, a changed reminder offset, a new monthly obligation); every fault is named at once and nothing is stored;
 * a campaign keeps the version it was defined with; the leadership group reads; the escalation ladder is the DMN
 * table, redeployed without a rebuild and used at once.
 */
@QijinSpringTest
class TemplateVersionsTest {

  private static final String CODE = "qijin-2017";

  @Autowired TestRestTemplate http;
  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired CampaignService campaigns;
  @Autowired CampaignTemplates templates;
  @Autowired EscalationPolicy escalation;

  /** Later tests of this JVM define campaigns from the latest version: they must find the shipped one. */
  @AfterEach
  void removeTheOfficesVersions() {
    jdbc.update("delete from campaign_template where created_by is not null");
  }

  @BeforeEach
  void accounts() {
    jdbc.update("delete from campaign_template where created_by is not null");
    WebTestUsers.ensure(engine.getIdentityService(), "officetpl", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), "leadertpl", Roles.LEADERSHIP);
  }

  @Test
  void the_office_makes_the_next_version_and_a_campaign_keeps_the_one_it_started_with() {
    int current = templates.latest(CODE).orElseThrow().getVersion();
    Campaign before = campaigns.define(new CampaignRequest(CODE, current, "旧版本的活动", null, null, null, null, null,
        null, null), "officetpl");

    Map<String, Object> content = as("leadertpl").getForObject("/api/templates/" + CODE + "/versions/" + current, Map.class);
    Map<String, Object> venues = (Map<String, Object>) content.get("venues");
    List<Object> schools = new ArrayList<>((List<Object>) venues.get("SCHOOL"));
    schools.add(Map.of("code", "SCH-1", "title", "开学第一课安全教育", "description", "每学期开学第一课讲安全",
        "themes", List.of("T5"), "allUnits", false));
    venues.put("SCHOOL", schools);
    ((Map<String, Object>) content.get("reminders")).put("daysBefore", List.of(10, 2));
    List<Object> obligations = new ArrayList<>((List<Object>) content.get("obligations"));
    obligations.add(Map.of("code", "RUR-3", "venue", "RURAL", "period", "MONTH", "minCount", 1,
        "title", "每月村广播播放安全常识", "themes", List.of("T5")));
    content.put("obligations", obligations);

    ResponseEntity<Map> created = as("officetpl").postForEntity("/api/templates/" + CODE + "/versions",
        Map.of("basedOn", current, "note", "增加学校检查项和农村月度任务", "content", content), Map.class);
    assertThat(created.getStatusCode()).as("%s", created.getBody()).isEqualTo(HttpStatus.CREATED);
    assertThat(created.getBody()).containsEntry("version", current + 1).containsEntry("basedOnVersion", current)
        .containsEntry("createdBy", "officetpl").containsEntry("changeNote", "增加学校检查项和农村月度任务");

    TemplateDocument next = templates.latest(CODE).map(t -> new TemplateParser().parse(t.getSource())).orElseThrow();
    assertThat(next.version()).isEqualTo(current + 1);
    assertThat(next.venues().get(cn.qijin.kernel.Venue.SCHOOL)).extracting(TemplateDocument.Item::code).containsExactly("SCH-1");
    assertThat(next.reminders().daysBefore()).containsExactly(10, 2);
    assertThat(next.obligations()).extracting(TemplateDocument.Obligation::code).contains("RUR-3");

    Campaign after = campaigns.define(new CampaignRequest(CODE, null, "新版本的活动", null, null, null, null, null,
        null, null), "officetpl");
    assertThat(after.getTemplateVersion()).isEqualTo(current + 1);
    assertThat(items(after)).contains("SCH-1");
    assertThat(campaigns.byId(before.getId()).getTemplateVersion()).isEqualTo(current);
    assertThat(items(before)).doesNotContain("SCH-1");

    ResponseEntity<Map> stale = as("officetpl").postForEntity("/api/templates/" + CODE + "/versions",
        Map.of("basedOn", current, "content", content), Map.class);
    assertThat(stale.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat(as("leadertpl").postForEntity("/api/templates/" + CODE + "/versions",
        Map.of("basedOn", current + 1, "content", content), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForList("select detail from audit_event where action = 'TEMPLATE_VERSION_CREATED' and actor = ?",
        String.class, "officetpl")).containsExactly("安全生产宣传教育“七进”活动 第 " + (current + 1) + " 版（基于第 " + current
        + " 版）：增加学校检查项和农村月度任务");
  }

  @Test
  void every_fault_is_named_at_once_and_nothing_is_stored() {
    int current = templates.latest(CODE).orElseThrow().getVersion();
    Map<String, Object> content = as("officetpl").getForObject("/api/templates/" + CODE + "/versions/" + current, Map.class);
    content.put("name", "");
    Map<String, Object> venues = (Map<String, Object>) content.get("venues");
    venues.put("SCHOOL", List.of(Map.of("code", "ENT-1", "title", "与企业重名", "themes", List.of("T5")),
        Map.of("code", "sch 2", "title", "", "themes", List.of())));
    Map<String, Object> reminders = new HashMap<>((Map<String, Object>) content.get("reminders"));
    content.put("reminders", reminders);
    ResponseEntity<Map> refused = as("officetpl").postForEntity("/api/templates/" + CODE + "/versions",
        Map.of("basedOn", current, "content", content), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((List<String>) refused.getBody().get("details")).contains("请填写模板名称",
        "学校第 1 项：检查项编号“ENT-1”重复", "学校第 2 项：编号“sch 2”须为 2–20 位大写字母、数字或短横线，如 SCH-1",
        "请填写学校第 2 项的名称", "学校第 2 项：请至少选择一个宣传主题（T1–T6）");
    assertThat(templates.latest(CODE).orElseThrow().getVersion()).isEqualTo(current);
  }

  @Test
  void the_escalation_ladder_is_the_dmn_table_redeployed_without_a_rebuild() throws Exception {
    assertThat(escalation.step("ENT-5", 2).daysOverdue()).isEqualTo(7);
    String dmn = new String(getClass().getResourceAsStream("/qijin/bpmn/obligation-escalation.dmn").readAllBytes(),
        StandardCharsets.UTF_8).replace("<text>7</text>", "<text>10</text>");
    var deployment = engine.getRepositoryService().createDeployment().name("督办梯度调整（Camunda Modeler）")
        .addString("obligation-escalation.dmn", dmn).deploy();
    try {
      assertThat(escalation.step("ENT-5", 2).daysOverdue()).as("the new version, at once").isEqualTo(10);
    } finally {
      engine.getRepositoryService().deleteDeployment(deployment.getId(), true);
    }
    assertThat(escalation.step("ENT-5", 2).daysOverdue()).isEqualTo(7);
  }

  private List<String> items(Campaign campaign) {
    return jdbc.queryForList("select code from checklist_item where campaign_id = ?", String.class, campaign.getId());
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, WebTestUsers.PASSWORD);
  }
}
