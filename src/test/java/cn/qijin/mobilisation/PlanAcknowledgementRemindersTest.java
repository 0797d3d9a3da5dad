package cn.qijin.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
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
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Comment;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 11 point 6, PH-1: 签收工作方案 (due at the end of PH-1, 2017-06-30 in the default template) is reminded by the
 * template's reminders — 14 and 3 days before, on the due day, every 7 days after — until the unit signs, through
 * the same mechanism as the quarterly obligations (outbox mail, follow-up date, comment); the office lists the units
 * that have not signed. Timers by the engine clock.
 */
@QijinSpringTest
class PlanAcknowledgementRemindersTest {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired TestRestTemplate http;

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void PH1_acknowledgement_is_reminded_before_and_after_its_due_date_until_signed() throws Exception {
    init(engine);
    CampaignDriver drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    Unit late = drive.unit("RURAL");
    Unit prompt = drive.unit("COMMUNITY");
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    ProcessInstance unit = drive.unitInstance(campaign, late);
    assertThat(unit).isWaitingAt("AcknowledgePlanTask", "AcknowledgementReminderDue");

    drive.at("2017-06-16T08:59");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    assertThat(reminders(campaign, late)).isZero();
    drive.at("2017-06-16T09:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    assertThat(reminders(campaign, late)).isEqualTo(1);
    Task task = drive.task(unit.getId(), "AcknowledgePlanTask");
    assertThat(task.getFollowUpDate()).isEqualTo(CampaignDriver.shanghai("2017-06-16T09:00"));
    assertThat(comments(task)).contains("系统提醒：签收工作方案距到期日 2017-06-30 还有 14 天");

    int promptReminded = reminders(campaign, prompt);
    drive.completeAs("u1", prompt.groupId(), drive.task(drive.unitInstance(campaign, prompt).getId(),
        "AcknowledgePlanTask"), Map.of("ackSignerName", "李明"));
    assertThat(drive.unitInstance(campaign, prompt)).hasPassed("PlanAcknowledged", "AcknowledgementDone");

    // after the due day: 2017-06-27, 06-30 and 07-07 — "已逾期 7 天"
    drive.at("2017-07-07T09:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    assertThat(reminders(campaign, late)).isEqualTo(4);
    assertThat(comments(drive.task(unit.getId(), "AcknowledgePlanTask")))
        .contains("系统提醒：签收工作方案已逾期 7 天（到期日 2017-06-30）");
    assertThat(reminders(campaign, prompt)).as("the unit that signed is not chased").isEqualTo(promptReminded);

    // the office sees who has not signed
    WebTestUsers.ensure(engine.getIdentityService(), "ackoffice", Roles.OFFICE);
    ResponseEntity<String> response = http.withBasicAuth("ackoffice", WebTestUsers.PASSWORD)
        .getForEntity("/api/campaigns/" + campaign.getId() + "/acknowledgements", String.class);
    assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
    JsonNode status = new ObjectMapper().readTree(response.getBody());
    assertThat(status.at("/unacknowledged/0/unitCode").asText()).isEqualTo(late.getCode());
    assertThat(status.at("/unacknowledged/0/daysOverdue").asInt()).isEqualTo(7);
    assertThat(status.at("/unacknowledged").size()).isEqualTo(1);
    assertThat(status.at("/acknowledged/0/unitCode").asText()).isEqualTo(prompt.getCode());
    JsonNode dashboard = new ObjectMapper().readTree(http.withBasicAuth("ackoffice", WebTestUsers.PASSWORD)
        .getForObject("/api/dashboard?campaignId=" + campaign.getId(), String.class));
    assertThat(dashboard.at("/unacknowledged/0/unitCode").asText()).isEqualTo(late.getCode());
    // and in Tasklist's overdue filter: the task is past its due date
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId())
        .dueBefore(ClockUtil.getCurrentTime()).count()).isEqualTo(1);

    // signing ends the reminders
    drive.completeAs("u2", late.groupId(), drive.task(unit.getId(), "AcknowledgePlanTask"),
        Map.of("ackSignerName", "王强"));
    assertThat(unit).hasPassed("PlanAcknowledged");
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(unit.getId())
        .activityId("AcknowledgementReminderDue").count()).isZero();
    drive.at("2017-07-14T09:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    assertThat(reminders(campaign, late)).isEqualTo(4);
  }

  private int reminders(Campaign campaign, Unit unit) {
    return jdbc.queryForObject("select count(distinct dedup_key) from notification where kind = 'ACK_REMINDER' "
        + "and dedup_key like ? and recipient = ?", Integer.class,
        "ACK_REMINDER:" + campaign.getId() + ":" + unit.getId() + ":%", unit.getEmail());
  }

  private List<String> comments(Task task) {
    return engine.getTaskService().getTaskComments(task.getId()).stream().map(Comment::getFullMessage).toList();
  }
}
