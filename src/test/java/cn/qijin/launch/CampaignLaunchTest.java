package cn.qijin.launch;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.campaign.CampaignStatus;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 part 3 (ORG-1, ORG-2, SCH-0) over HTTP, as Tasklist does it: the office starts 发起活动 with its proposal
 * (other dates, two of three units, a schools' checklist), the leadership group returns it with an opinion, the
 * office revises and resubmits, the group approves and the campaign starts with exactly that. The wizard's rules
 * refuse with a Chinese message and start nothing; only the office may propose, only the group may approve.
 */
@QijinSpringTest
class CampaignLaunchTest {

  private static final String START = "/engine-rest/process-definition/key/qijin_campaign_launch/submit-form";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired TestRestTemplate http;
  @Autowired ObjectMapper json;

  CampaignDriver drive;
  Unit school;
  Unit enterprise;
  Unit other;

  @BeforeEach
  void units() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2027-01-10T10:00");
    school = drive.unit("SCHOOL");
    enterprise = drive.unit("ENTERPRISE");
    other = drive.unit("COMMUNITY");
    WebTestUsers.ensure(engine.getIdentityService(), "officelaunch", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), "leaderlaunch", Roles.LEADERSHIP);
    WebTestUsers.ensure(engine.getIdentityService(), "unitlaunch", school.groupId());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void ORG1_proposed_returned_revised_approved_and_started_with_the_schools_checklist() throws Exception {
    Map<String, Object> proposal = fresh();
    proposal.put("name", "2027年安全生产宣传教育“七进”活动");
    proposal.put("unitCodes", List.of(school.getCode(), enterprise.getCode()));
    schoolItems(proposal).add(item("SCH-1", "开学第一课安全教育", "T5"));

    ResponseEntity<Map> started = as("officelaunch").postForEntity(START, form(proposal), Map.class);
    assertThat(started.getStatusCode()).as("%s", started.getBody()).isEqualTo(HttpStatus.OK);
    String launch = (String) started.getBody().get("id");
    Campaign proposed = campaigns.byLaunchProcess(launch).orElseThrow();
    assertThat(proposed.getStatus()).isEqualTo(CampaignStatus.AWAITING_APPROVAL);
    assertThat(engine.getRuntimeService().getVariables(launch)).doesNotContainKey("launchDraft")
        .containsEntry("campaignId", proposed.getId());

    Task approve = task(launch, "ApproveProposalTask");
    assertThat(approve.getName()).isEqualTo("审批活动方案：2027年安全生产宣传教育“七进”活动");
    ResponseEntity<Map> noOpinion = as("leaderlaunch").postForEntity(taskForm(approve), vars("launchApproved", false, "Boolean"), Map.class);
    assertThat(noOpinion.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat(noOpinion.getBody()).containsEntry("message", "退回修改时请填写领导小组意见");
    Map<String, Object> returned = new HashMap<>();
    returned.put("launchApproved", Map.of("value", false, "type", "Boolean"));
    returned.put("launchOpinion", Map.of("value", "学校的检查项再补充一项消防演练", "type", "String"));
    assertThat(as("leaderlaunch").postForEntity(taskForm(approve), Map.of("variables", returned), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(campaigns.byId(proposed.getId()).getStatus()).isEqualTo(CampaignStatus.DRAFT);

    Map<String, Object> stored = as("officelaunch").getForObject("/api/campaigns/" + proposed.getId() + "/proposal", Map.class);
    assertThat(stored).containsEntry("opinion", "学校的检查项再补充一项消防演练")
        .containsEntry("unitCodes", List.of(school.getCode(), enterprise.getCode()));
    Map<String, Object> revised = json.convertValue(stored, Map.class);
    schoolItems(revised).add(item("SCH-2", "校园消防疏散演练", "T5,T6"));
    Task revise = task(launch, "ReviseProposalTask");
    Map<String, Object> revision = form(revised);
    ((Map<String, Object>) revision.get("variables")).put("launchAction", Map.of("value", "resubmit", "type", "String"));
    assertThat(as("officelaunch").postForEntity(taskForm(revise), revision, Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NO_CONTENT);

    Task again = task(launch, "ApproveProposalTask");
    assertThat(as("leaderlaunch").postForEntity(taskForm(again), vars("launchApproved", true, "Boolean"), Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);

    Campaign running = campaigns.byId(proposed.getId());
    assertThat(running.getStatus()).isEqualTo(CampaignStatus.RUNNING);
    assertThat(running.getName()).isEqualTo("2027年安全生产宣传教育“七进”活动");
    assertThat(running.getParticipantUnitIds()).containsExactly(school.getId(), enterprise.getId());
    assertThat(running.getLaunchDecidedBy()).isEqualTo("leaderlaunch");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(launch).count()).isZero();
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(running.getProcessInstanceId())
        .taskDefinitionKey("IssuePlanTask").count()).isOne();
    List<Map<String, Object>> items = jdbc.queryForList(
        "select code, origin from checklist_item where campaign_id = ? and venue = 'SCHOOL' order by sort_order",
        running.getId());
    assertThat(items).extracting(r -> r.get("code") + "/" + r.get("origin")).containsExactly("SCH-1/OFFICE", "SCH-2/OFFICE");
    assertThat(jdbc.queryForList("select action from audit_event where subject_id = ? and subject_type = 'CAMPAIGN' order by id",
        String.class, String.valueOf(running.getId()))).containsSubsequence("CAMPAIGN_SUBMITTED", "CAMPAIGN_RETURNED",
        "CAMPAIGN_REVISED", "CAMPAIGN_SUBMITTED", "CAMPAIGN_APPROVED", "CAMPAIGN_STARTED");
  }

  @Test
  void the_office_withdraws_a_returned_proposal_and_it_never_starts() throws Exception {
    String launch = (String) as("officelaunch").postForEntity(START, form(fresh()), Map.class).getBody().get("id");
    Map<String, Object> returned = new HashMap<>();
    returned.put("launchApproved", Map.of("value", false, "type", "Boolean"));
    returned.put("launchOpinion", Map.of("value", "今年不再单独开展", "type", "String"));
    as("leaderlaunch").postForEntity(taskForm(task(launch, "ApproveProposalTask")), Map.of("variables", returned), Map.class);
    Long id = campaigns.byLaunchProcess(launch).orElseThrow().getId();

    ResponseEntity<Map> withdrawn = as("officelaunch").postForEntity(taskForm(task(launch, "ReviseProposalTask")),
        vars("launchAction", "withdraw", "String"), Map.class);
    assertThat(withdrawn.getStatusCode()).isEqualTo(HttpStatus.NO_CONTENT);
    assertThat(campaigns.byId(id).getStatus()).isEqualTo(CampaignStatus.WITHDRAWN);
    assertThat(campaigns.byId(id).getProcessInstanceId()).isNull();
  }

  @Test
  void wizard_rules_refuse_bad_dates_no_units_and_duplicate_codes_and_start_nothing() throws Exception {
    long before = jdbc.queryForObject("select count(*) from campaign", Long.class);
    Map<String, Object> overlapping = fresh();
    overlapping.put("ph2Start", overlapping.get("ph1End"));
    assertRefused(overlapping, "组织实施阶段须在部署发动阶段结束之后开始");

    Map<String, Object> noUnits = fresh();
    noUnits.put("unitCodes", List.of());
    assertRefused(noUnits, "请至少选择一个参加单位");

    Map<String, Object> duplicate = fresh();
    schoolItems(duplicate).add(item("ENT-1", "与企业检查项重名", "T5"));
    assertRefused(duplicate, "检查项编号“ENT-1”重复（企业、学校）");

    Map<String, Object> withoutEnt5 = fresh();
    ((List<Map<String, Object>>) ((Map<String, Object>) withoutEnt5.get("checklist")).get("ENTERPRISE"))
        .removeIf(i -> "ENT-5".equals(i.get("code")));
    assertRefused(withoutEnt5, "检查项 ENT-5 由企业的周期任务承载，不能删除或移到其他场所");

    Map<String, Object> garbled = new HashMap<>();
    garbled.put("launchDraft", Map.of("value", base64("{\"ph1Start\": \"明天\"}"), "type", "Bytes"));
    ResponseEntity<Map> unreadable = as("officelaunch").postForEntity(START, Map.of("variables", garbled), Map.class);
    assertThat(unreadable.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) unreadable.getBody().get("message")).startsWith("活动方案格式不正确");

    assertThat(jdbc.queryForObject("select count(*) from campaign", Long.class)).isEqualTo(before);

    Map<String, Object> preview = as("officelaunch").postForObject("/api/campaign-proposals/preview", duplicate, Map.class);
    assertThat((List<String>) preview.get("problems")).containsExactly("检查项编号“ENT-1”重复（企业、学校）");
    assertThat((List<?>) preview.get("obligations")).isNotEmpty();
  }

  @Test
  void only_the_office_proposes_and_only_the_leadership_group_approves() throws Exception {
    Map<String, Object> proposal = fresh();
    long before = jdbc.queryForObject("select count(*) from campaign", Long.class);
    // a unit cannot even see the definition (404); the leadership group sees it, may not start it (403)
    assertThat(as("unitlaunch").postForEntity(START, form(proposal), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.NOT_FOUND);
    assertThat(as("leaderlaunch").postForEntity(START, form(proposal), Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(jdbc.queryForObject("select count(*) from campaign", Long.class)).isEqualTo(before);
    assertThat(as("unitlaunch").getForEntity("/api/campaign-proposals/new", Map.class).getStatusCode())
        .isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(as("officelaunch").postForEntity("/engine-rest/process-definition/key/qijin_campaign/start",
        Map.of(), Map.class).getStatusCode()).as("no campaign without the group's approval").isEqualTo(HttpStatus.FORBIDDEN);

    String launch = (String) as("officelaunch").postForEntity(START, form(proposal), Map.class).getBody().get("id");
    Task approve = task(launch, "ApproveProposalTask");
    ResponseEntity<Map> byOffice = as("officelaunch").postForEntity(taskForm(approve), vars("launchApproved", true, "Boolean"), Map.class);
    assertThat(byOffice.getStatusCode()).as("the office works every task but the group's").isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(byOffice.getBody()).containsEntry("message", "该任务须由领导小组成员办理（ORG-1），活动办公室只能查看");
    assertThat(as("officelaunch").postForEntity("/engine-rest/task/" + approve.getId() + "/claim",
        Map.of("userId", "officelaunch"), Map.class).getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(campaigns.byLaunchProcess(launch).orElseThrow().getStatus()).isEqualTo(CampaignStatus.AWAITING_APPROVAL);
  }

  @Test
  void a_campaign_defined_through_the_api_goes_to_the_leadership_group_too() {
    Map<String, Object> body = new HashMap<>(Map.of("ph1Start", "2027-02-01", "ph1End", "2027-02-28",
        "ph2Start", "2027-03-01", "ph2End", "2027-09-30", "ph3Start", "2027-10-01", "ph3End", "2027-12-31"));
    body.put("unitCodes", List.of(other.getCode()));
    Map<String, Object> defined = as("officelaunch").postForObject("/api/campaigns", body, Map.class);
    Object id = defined.get("id");
    ResponseEntity<Map> requested = as("officelaunch").postForEntity("/api/campaigns/" + id + "/approval-request", null, Map.class);
    assertThat(requested.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    assertThat(requested.getBody()).containsEntry("status", "AWAITING_APPROVAL");
    assertThat(as("officelaunch").postForEntity("/api/campaigns/" + id + "/approval-request", null, Map.class)
        .getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    String launch = campaigns.byId(((Number) id).longValue()).getLaunchProcessInstanceId();
    as("leaderlaunch").postForEntity(taskForm(task(launch, "ApproveProposalTask")), vars("launchApproved", true, "Boolean"), Map.class);
    Campaign running = campaigns.byId(((Number) id).longValue());
    assertThat(running.getStatus()).isEqualTo(CampaignStatus.RUNNING);
    assertThat(running.getParticipantUnitIds()).containsExactly(other.getId());
  }

  private Map<String, Object> fresh() {
    Map<String, Object> view = as("officelaunch").getForObject("/api/campaign-proposals/new", Map.class);
    assertThat(view.get("ph1Start")).isEqualTo("2027-02-01");
    Map<String, Object> proposal = new LinkedHashMap<>(view);
    proposal.put("unitCodes", new ArrayList<>(List.of(school.getCode(), enterprise.getCode(), other.getCode())));
    return proposal;
  }

  private void assertRefused(Map<String, Object> proposal, String message) throws Exception {
    ResponseEntity<Map> refused = as("officelaunch").postForEntity(START, form(proposal), Map.class);
    assertThat(refused.getStatusCode()).as("%s", refused.getBody()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) refused.getBody().get("message")).contains(message);
  }

  private static List<Map<String, Object>> schoolItems(Map<String, Object> proposal) {
    Map<String, Object> checklist = (Map<String, Object>) proposal.get("checklist");
    List<Map<String, Object>> items = new ArrayList<>((List<Map<String, Object>>) checklist.get("SCHOOL"));
    checklist.put("SCHOOL", items);
    return items;
  }

  private static Map<String, Object> item(String code, String title, String themes) {
    return new HashMap<>(Map.of("code", code, "title", title, "themes", List.of(themes.split(","))));
  }

  private Map<String, Object> form(Map<String, Object> proposal) throws Exception {
    Map<String, Object> vars = new HashMap<>();
    vars.put("launchDraft", Map.of("value", base64(json.writeValueAsString(proposal)), "type", "Bytes"));
    return new HashMap<>(Map.of("variables", vars));
  }

  private static String base64(String text) {
    return java.util.Base64.getEncoder().encodeToString(text.getBytes(java.nio.charset.StandardCharsets.UTF_8));
  }

  private static Map<String, Object> vars(String name, Object value, String type) {
    return Map.of("variables", Map.of(name, Map.of("value", value, "type", type)));
  }

  private Task task(String processInstanceId, String key) {
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(key)
        .singleResult();
    assertThat(task).as(key).isNotNull();
    return task;
  }

  private static String taskForm(Task task) {
    return "/engine-rest/task/" + task.getId() + "/submit-form";
  }

  private TestRestTemplate as(String user) {
    return http.withBasicAuth(user, WebTestUsers.PASSWORD);
  }
}
