package cn.qijin.obligation;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.Date;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.HttpStatus;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * REC-3, issue 14 part 4: the office extends a unit's deadline itself (the dashboard matrix's 延期): the due date, the
 * unit's open task and the ladder's timers move; no 黄色预警 on the old date; refused in Chinese for a day not after the
 * due day or after the campaign, an obligation past due or closed; unit staff may not.
 */
@QijinSpringTest
class OfficeExtensionTest {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;
  @Autowired TestRestTemplate http;

  CampaignDriver drive;
  CampaignDriver.TwoUnits two;
  TestRestTemplate office;
  ObligationEntity q3;

  @BeforeEach
  void anEnterpriseInPhaseTwo() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    two = drive.twoEnterprisesInPhase2();
    WebTestUsers.ensure(engine.getIdentityService(), "officeext", Roles.OFFICE);
    office = http.withBasicAuth("officeext", WebTestUsers.PASSWORD);
    q3 = obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(two.campaign().getId(), two.a().getId())
        .stream().filter(o -> o.getPeriodCode().equals("2017Q3")).findFirst().orElseThrow();
    drive.at("2017-09-10T10:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void the_due_date_the_units_task_and_the_ladder_move_together() {
    var extended = office.postForEntity("/api/obligations/" + q3.getId() + "/extension",
        Map.of("until", "2017-10-20", "reason", "遭受汛情，经研究同意延期"), Map.class);
    assertThat(extended.getStatusCode()).isEqualTo(HttpStatus.OK);
    assertThat(extended.getBody()).containsEntry("state", "EXTENDED");
    Date newDue = CampaignClock.endOfDay(LocalDate.of(2017, 10, 20));
    assertThat(obligations.findById(q3.getId()).orElseThrow().getDueAt()).isEqualTo(newDue.toInstant());
    Task task = engine.getTaskService().createTaskQuery().processInstanceId(q3.getProcessInstanceId())
        .taskDefinitionKey("RecordSessionTask").singleResult();
    assertThat(task.getDueDate()).isEqualTo(newDue);
    Job lapse = engine.getManagementService().createJobQuery().processInstanceId(q3.getProcessInstanceId())
        .activityId("ObligationLapsed").singleResult();
    assertThat(lapse.getDuedate()).isAfter(newDue);
    assertThat(jdbc.queryForObject("select detail from audit_event where action = 'EXTENSION_APPROVED' and subject_id = ?",
        String.class, q3.getId().toString())).startsWith("办公室直接延期：2017Q3，原到期日 2017-09-30，延期至 2017-10-20");

    drive.at("2017-10-05T10:00");
    drive.runDueJobsOf(two.campaign().getProcessInstanceId());
    assertThat(obligations.findById(q3.getId()).orElseThrow().getEscalationLevel()).as("no 黄色预警 on the old date")
        .isZero();

    drive.at("2017-10-25T10:00");
    var tooLate = office.postForEntity("/api/obligations/" + q3.getId() + "/extension",
        Map.of("until", "2017-11-20", "reason", "再延期"), Map.class);
    assertThat(tooLate.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) tooLate.getBody().get("detail")).startsWith("本季度任务已过到期日 2017-10-20，督办已开始");
  }

  @Test
  void bad_dates_closed_obligations_and_unit_staff_are_refused() {
    var same = office.postForEntity("/api/obligations/" + q3.getId() + "/extension",
        Map.of("until", "2017-09-30", "reason", "理由"), Map.class);
    assertThat(same.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
    assertThat((String) same.getBody().get("detail")).isEqualTo("延期后的到期日须晚于原到期日 2017-09-30");
    var beyond = office.postForEntity("/api/obligations/" + q3.getId() + "/extension",
        Map.of("until", "2019-03-01", "reason", "理由"), Map.class);
    assertThat((String) beyond.getBody().get("detail")).isEqualTo("延期后的到期日不能晚于活动结束日 2018-12-31");
    var noReason = office.postForEntity("/api/obligations/" + q3.getId() + "/extension",
        Map.of("until", "2017-10-20", "reason", " "), Map.class);
    assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

    var staff = http.withBasicAuth(CampaignDriver.TwoUnits.user(two.a()), WebTestUsers.PASSWORD)
        .postForEntity("/api/obligations/" + q3.getId() + "/extension",
            Map.of("until", "2017-10-20", "reason", "自己延期"), Map.class);
    assertThat(staff.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);

    office.postForEntity("/api/obligations/" + q3.getId() + "/exemption", Map.of("reason", "停产"), Map.class);
    var closed = office.postForEntity("/api/obligations/" + q3.getId() + "/extension",
        Map.of("until", "2017-10-20", "reason", "理由"), Map.class);
    assertThat(closed.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
    assertThat((String) closed.getBody().get("detail")).isEqualTo("本季度任务状态为“已豁免”，不能再延期");
  }
}
