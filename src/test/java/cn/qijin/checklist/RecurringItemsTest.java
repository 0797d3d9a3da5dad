package cn.qijin.checklist;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.StreamSupport;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11 point 3, ENT-5 and ORG-V1 (one obligation, one task): an item the template also lists under
 * {@code obligations} is carried by the quarterly obligations, not by a 落实检查项 task; the unit's checklist shows it
 * as 由周期任务承载 with its obligations' states; the dashboard does not count it as a checklist item and PH-2's end
 * does not turn it into a PH-3 problem.
 */
@QijinSpringTest
class RecurringItemsTest {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ConsolidationRecordRepository records;
  @Autowired TestRestTemplate http;

  CampaignDriver drive;
  Unit enterprise;
  Unit organ;
  Campaign campaign;

  @BeforeEach
  void enterpriseAndOrganInPhase2() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    enterprise = drive.unit("ENTERPRISE");
    organ = drive.unit("ORGAN");
    campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    WebTestUsers.ensure(engine.getIdentityService(), "recoffice", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), "recent", enterprise.groupId());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void ENT5_and_ORGV1_get_no_checklist_task_of_their_own() {
    assertThat(itemCodes(drive.unitInstance(campaign, enterprise)))
        .doesNotContain("ENT-5").contains("ENT-1", "ENT-4", "ENT-6", "ENT-8");
    assertThat(itemCodes(drive.unitInstance(campaign, organ))).doesNotContain("ORG-V1").contains("ORG-V2", "ORG-V7");
  }

  @Test
  void ENT5_shows_in_the_unit_checklist_as_carried_by_its_obligations_with_their_states() throws Exception {
    JsonNode checklist = get(http.withBasicAuth("recent", WebTestUsers.PASSWORD),
        "/api/campaigns/" + campaign.getId() + "/units/" + enterprise.getCode() + "/checklist");
    JsonNode ent5 = item(checklist, "ENT-5");
    assertThat(ent5.at("/kind").asText()).isEqualTo("RECURRING");
    assertThat(ent5.at("/stateName").asText()).startsWith("由周期任务承载");
    assertThat(ent5.at("/obligations/total").asInt()).as("2017Q3 … 2018Q4").isEqualTo(6);
    assertThat(ent5.at("/obligations/periods/0/period").asText()).isEqualTo("2017Q3");
    assertThat(ent5.at("/obligations/periods/0/stateName").asText()).isEqualTo("进行中");
    assertThat(item(checklist, "ENT-1").at("/kind").asText()).isEqualTo("TASK");
    assertThat(item(checklist, "ENT-1").at("/stateName").asText()).isEqualTo("未提交");

    // The first quarter lapses: the checklist shows it overdue.
    drive.at("2017-10-01T10:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    JsonNode later = get(http.withBasicAuth("recoffice", WebTestUsers.PASSWORD),
        "/api/campaigns/" + campaign.getId() + "/units/" + enterprise.getCode() + "/checklist");
    assertThat(item(later, "ENT-5").at("/obligations/overdue").asInt()).isEqualTo(1);
    assertThat(item(later, "ENT-5").at("/obligations/periods/0/state").asText()).isIn("OVERDUE", "ESCALATED");

    // Another unit's staff may not read it.
    WebTestUsers.ensure(engine.getIdentityService(), "recorg", organ.groupId());
    ResponseEntity<String> other = http.withBasicAuth("recorg", WebTestUsers.PASSWORD).getForEntity(
        "/api/campaigns/" + campaign.getId() + "/units/" + enterprise.getCode() + "/checklist", String.class);
    assertThat(other.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
    assertThat(other.getBody()).contains("只能查看本单位的检查清单");
  }

  @Test
  void ENT5_is_not_counted_as_an_unaccepted_checklist_item_on_the_dashboard() throws Exception {
    JsonNode dashboard = get(http.withBasicAuth("recoffice", WebTestUsers.PASSWORD),
        "/api/dashboard?campaignId=" + campaign.getId());
    JsonNode enterprises = StreamSupport.stream(dashboard.at("/venues").spliterator(), false)
        .filter(v -> v.at("/venue").asText().equals("ENTERPRISE")).findFirst().orElseThrow();
    int tasks = drive.tasks(drive.unitInstance(campaign, enterprise).getId(), "ImplementItemTask").size();
    assertThat(enterprises.at("/checklistTotal").asInt()).isEqualTo(tasks);
    assertThat(itemCodes(drive.unitInstance(campaign, enterprise))).hasSize(tasks);
  }

  @Test
  void ENT5_and_ORGV1_never_become_PH3_problems_for_want_of_a_checklist_task() {
    drive.at("2018-01-01T00:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    List<String> carried = records.findByCampaignIdOrderByKindAscIdAsc(campaign.getId()).stream()
        .filter(r -> r.getOrigin() == ConsolidationRecord.Origin.CARRIED_OVER).map(ConsolidationRecord::getTitle)
        .toList();
    assertThat(carried).isNotEmpty().noneMatch(t -> t.contains("ENT-5") || t.contains("ORG-V1"));
    assertThat(carried).anyMatch(t -> t.contains("ENT-1")).anyMatch(t -> t.contains("ORG-V2"));
  }

  private List<String> itemCodes(ProcessInstance instance) {
    return drive.tasks(instance.getId(), "ImplementItemTask").stream()
        .map(t -> (String) engine.getTaskService().getVariable(t.getId(), "itemCode")).toList();
  }

  static JsonNode item(JsonNode checklist, String code) {
    return StreamSupport.stream(checklist.at("/items").spliterator(), false)
        .filter(i -> i.at("/code").asText().equals(code)).findFirst()
        .orElseThrow(() -> new AssertionError("no item " + code + " in " + checklist));
  }

  static JsonNode get(TestRestTemplate as, String path) throws Exception {
    ResponseEntity<String> response = as.getForEntity(path, String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    return new ObjectMapper().readTree(response.getBody());
  }
}
