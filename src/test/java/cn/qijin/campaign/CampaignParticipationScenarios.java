package cn.qijin.campaign;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.kernel.ConflictException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.mobilisation.PlanAcknowledgements;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.H2Only;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitRequest;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 part 4, ORG-3, REC-1: a unit added to a running campaign in each phase owes what is still due — before
 * the plan is issued it is rolled out with the others; in PH-1 it signs the plan; in PH-2 it signs nothing, works
 * the checklist and owes obligations from the current quarter (none for quarters past); in PH-3 it gets no checklist
 * but this quarter's obligation and the self-summary. Refusals in Chinese; the office only. A withdrawn unit's tasks
 * end, its open obligations are exempted with the reason. On H2 ({@link CampaignParticipationTest}); joining in PH-2
 * and the withdrawal (the engine's process instance modifications) also on PostgreSQL.
 */
abstract class CampaignParticipationScenarios {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired CampaignParticipation participation;
  @Autowired PlanAcknowledgements acknowledgements;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired TestRestTemplate http;

  CampaignDriver drive;
  Campaign campaign;

  @BeforeEach
  void aCampaignStarted() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    drive.unit("ENTERPRISE");
    campaign = drive.start(drive.defineFromDefaultTemplate());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  @H2Only
  void before_the_plan_is_issued_a_unit_is_rolled_out_with_the_others() {
    Unit late = drive.unit("SCHOOL");
    LateJoin join = participation.addUnit(campaign.getId(), late.getCode());
    assertThat(join.joinedPhase()).isEqualTo(Phase.PH1);
    assertThat(drive.unitInstance(campaign, late)).isNull();
    drive.issuePlan(campaignInstance(), LocalDate.of(2017, 6, 1));
    ProcessInstance unit = drive.unitInstance(campaign, late);
    assertThat(drive.tasks(unit.getId(), "AcknowledgePlanTask")).hasSize(1);
    assertThat(participation.lateJoins(campaign.getId())).isEmpty();
  }

  @Test
  @H2Only
  void in_phase_one_a_unit_signs_the_plan_and_owes_every_quarter() {
    issued();
    drive.at("2017-06-10T10:00");
    Unit late = drive.unit("ENTERPRISE");
    assertThat(participation.addUnit(campaign.getId(), late.getCode().toLowerCase()).joinedPhase()).isEqualTo(Phase.PH1);
    ProcessInstance unit = drive.unitInstance(campaign, late);
    assertThat(drive.tasks(unit.getId(), "AcknowledgePlanTask")).hasSize(1);
    drive.at("2017-07-01T00:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    assertThat(drive.tasks(unit.getId(), "ImplementItemTask")).hasSize(8);
    assertThat(periods(late)).startsWith("2017Q3").contains("2018Q4");
  }

  @Test
  void in_phase_two_a_unit_signs_nothing_works_the_checklist_and_owes_from_this_quarter() {
    issued();
    drive.at("2017-07-01T00:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    drive.at("2017-10-15T10:00");
    Unit late = drive.unit("ENTERPRISE");
    LateJoin join = participation.addUnit(campaign.getId(), late.getCode());
    assertThat(join.joinedPhase()).isEqualTo(Phase.PH2);
    assertThat(join.joinedOn()).isEqualTo(LocalDate.of(2017, 10, 15));
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    ProcessInstance unit = drive.unitInstance(campaign, late);
    assertThat(drive.tasks(unit.getId(), "AcknowledgePlanTask")).isEmpty();
    assertThat(drive.tasks(unit.getId(), "ImplementItemTask")).hasSize(8);
    assertThat(periods(late)).as("no obligation for 2017Q3, which was over").startsWith("2017Q4")
        .doesNotContain("2017Q3");
    assertThat(acknowledgements.status(campaign.getId()).unacknowledged()).as("not listed as 未签收")
        .noneMatch(u -> u.unitCode().equals(late.getCode()));
    assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'UNIT_JOINED_CAMPAIGN' and unit_code = ?",
        Long.class, late.getCode())).isOne();
  }

  @Test
  @H2Only
  void in_phase_three_a_unit_gets_no_checklist_but_this_quarters_obligation_and_the_self_summary() {
    issued();
    drive.at("2017-07-01T00:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    drive.at("2018-01-01T00:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    drive.at("2018-02-10T10:00");
    Unit late = drive.unit("ENTERPRISE");
    assertThat(participation.addUnit(campaign.getId(), late.getCode()).joinedPhase()).isEqualTo(Phase.PH3);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    ProcessInstance unit = drive.unitInstance(campaign, late);
    assertThat(drive.tasks(unit.getId(), "AcknowledgePlanTask")).isEmpty();
    assertThat(drive.tasks(unit.getId(), "ImplementItemTask")).isEmpty();
    assertThat(drive.tasks(unit.getId(), "SelfSummaryTask")).hasSize(1);
    assertThat(periods(late)).startsWith("2018Q1").doesNotContain("2017Q4");
    assertThat(jdbc.queryForObject("select count(*) from consolidation_record where unit_id = ?", Long.class,
        late.getId())).as("nothing carried over as a problem").isZero();
  }

  @Test
  @H2Only
  void refusals_name_the_reason_and_only_the_office_adds_units() {
    issued();
    Unit first = units.all().stream().filter(u -> campaign.getParticipantUnitIds().contains(u.getId())).findFirst()
        .orElseThrow();
    assertThatThrownBy(() -> participation.addUnit(campaign.getId(), first.getCode()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已参加活动");
    Unit off = drive.unit("RURAL");
    units.change(off.getCode(), new UnitRequest(off.getCode(), off.getName(), "RURAL", "张三", "0632-1234567", null, false));
    assertThatThrownBy(() -> participation.addUnit(campaign.getId(), off.getCode()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已停用");
    assertThatThrownBy(() -> participation.addUnit(campaign.getId(), "NOSUCH"))
        .isInstanceOf(NotFoundException.class);
    Campaign draft = campaigns.define(new CampaignRequest(null, null, null, null, null, null, null, null, null, null), "office");
    assertThatThrownBy(() -> participation.addUnit(draft.getId(), drive.unit("FAMILY").getCode()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("草拟");

    Unit candidate = drive.unit("FAMILY");
    WebTestUsers.ensure(engine.getIdentityService(), "joinstaff", candidate.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), "joinoffice", Roles.OFFICE);
    var refused = http.withBasicAuth("joinstaff", WebTestUsers.PASSWORD).postForEntity(
        "/api/campaigns/" + campaign.getId() + "/units", Map.of("unitCode", candidate.getCode()), Map.class);
    assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    var added = http.withBasicAuth("joinoffice", WebTestUsers.PASSWORD).postForEntity(
        "/api/campaigns/" + campaign.getId() + "/units", Map.of("unitCode", candidate.getCode()), Map.class);
    assertThat(added.getStatusCode()).isEqualTo(HttpStatus.CREATED);
    assertThat(added.getBody()).containsEntry("joinedPhaseName", "部署发动").containsEntry("joinedBy", "joinoffice");
    var twice = http.withBasicAuth("joinoffice", WebTestUsers.PASSWORD).postForEntity(
        "/api/campaigns/" + campaign.getId() + "/units", Map.of("unitCode", candidate.getCode()), Map.class);
    assertThat(twice.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
  }

  @Test
  void a_withdrawn_unit_s_tasks_end_its_open_obligations_are_exempted_with_the_reason_and_its_records_stay() {
    issued();
    drive.at("2017-07-01T00:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    Unit leaving = units.all().stream().filter(u -> campaign.getParticipantUnitIds().contains(u.getId())).findFirst()
        .orElseThrow();
    drive.at("2017-10-15T10:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    ProcessInstance unit = drive.unitInstance(campaign, leaving);
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(unit.getId()).count()).isPositive();
    List<String> before = periods(leaving);

    Withdrawal withdrawal = participation.withdrawUnit(campaign.getId(), leaving.getCode(), "企业已关停，不再参加");
    assertThat(withdrawal.reason()).isEqualTo("企业已关停，不再参加");
    assertThat(drive.unitInstance(campaign, leaving)).as("its unit process ended").isNull();
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(leaving.groupId()).count())
        .as("no open task is left for its staff").isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKeyLike("campaign-" + campaign.getId() + "-" + leaving.getCode() + "-%").count())
        .as("its quarterly obligations' processes ended too").isZero();
    assertThat(periods(leaving)).as("its obligations stay on the record").isEqualTo(before);
    assertThat(jdbc.queryForList("select distinct status from obligation where campaign_id = ? and unit_id = ?"
        + " and exemption_reason like '单位退出活动：%'", String.class, campaign.getId(), leaving.getId()))
        .containsExactly("EXEMPTED");
    assertThat(jdbc.queryForObject("select count(*) from obligation where campaign_id = ? and unit_id = ? and status = 'OPEN'",
        Long.class, campaign.getId(), leaving.getId())).isZero();
    assertThat(campaigns.byId(campaign.getId()).getParticipantUnitIds()).doesNotContain(leaving.getId());
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).count()).as("the campaign runs on").isOne();
    assertThat(jdbc.queryForObject("select detail from audit_event where action = 'UNIT_WITHDRAWN_CAMPAIGN' and unit_code = ?",
        String.class, leaving.getCode())).endsWith("：企业已关停，不再参加");

    assertThatThrownBy(() -> participation.withdrawUnit(campaign.getId(), leaving.getCode(), "再退一次"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已退出");
    assertThatThrownBy(() -> participation.addUnit(campaign.getId(), leaving.getCode()))
        .isInstanceOf(ConflictException.class).hasMessageContaining("已退出活动");
    WebTestUsers.ensure(engine.getIdentityService(), "joinoffice", Roles.OFFICE);
    var noReason = http.withBasicAuth("joinoffice", WebTestUsers.PASSWORD).postForEntity("/api/campaigns/"
        + campaign.getId() + "/units/" + leaving.getCode() + "/withdrawal", Map.of("reason", " "), Map.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
  }

  private void issued() {
    drive.issuePlan(campaignInstance(), LocalDate.of(2017, 6, 1));
    campaign = campaigns.byId(campaign.getId());
  }

  private ProcessInstance campaignInstance() {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult();
  }

  private List<String> periods(Unit unit) {
    return jdbc.queryForList("select period_code from obligation where campaign_id = ? and unit_id = ? order by period_code",
        String.class, campaign.getId(), unit.getId());
  }
}
