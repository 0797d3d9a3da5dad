package cn.qijin.problemreport;

import static cn.qijin.support.CampaignDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.consolidation.ProblemService;
import cn.qijin.consolidation.ProblemView;
import cn.qijin.evidence.internal.EvidenceRepository;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.TestFiles;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.AuthorizationException;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ORG-1 (issue 11, point 8): a unit reports a problem (qijin_problem_report) and the office answers it, or refers
 * it to the leadership group whose decision goes back to the unit; every path by the engine, with the engine clock
 * for the overdue reminder; the unit and campaign come from the starting user, never from the form.
 */
@QijinSpringTest
class ProblemReportProcessTest {

  private static final String OFFICE_MAIL = "office-report@example.org";
  private static final String LEADER_MAIL = "leader-report@example.org";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ProblemReportRepository reports;
  @Autowired ProblemService register;
  @Autowired EvidenceRepository evidence;

  CampaignDriver drive;
  Unit unit;
  Unit other;
  Campaign campaign;
  String reporter;
  String otherReporter;

  @BeforeEach
  void runningCampaign() {
    init(engine);
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    mailbox("officereport", Roles.OFFICE, OFFICE_MAIL);
    mailbox("leaderreport", Roles.LEADERSHIP, LEADER_MAIL);
    drive.at("2017-06-01T09:00");
    unit = drive.unit("COMMUNITY");
    other = drive.unit("COMMUNITY");
    reporter = unit.getCode().toLowerCase();
    otherReporter = other.getCode().toLowerCase();
    WebTestUsers.ensure(engine.getIdentityService(), reporter, unit.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), otherReporter, other.groupId());
    campaign = drive.start(drive.defineFromDefaultTemplate());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void ORG1_the_office_answers_a_unit_report_and_the_unit_reads_the_answer() {
    drive.at("2017-09-05T10:00");
    ProcessInstance process = report(reporter, unit, "社区宣传栏缺少经费", drive.upload(reporter, TestFiles.photo("宣传栏.png")));
    assertThat(process).isWaitingAt(ProblemReportProcess.HANDLE_TASK);
    assertThat(process.getBusinessKey()).startsWith("campaign-" + campaign.getId() + "-" + unit.getCode() + "-problem-");
    ProblemReport report = reports.ofProcess(process.getId());
    assertThat(report.getUnitId()).isEqualTo(unit.getId());
    assertThat(report.getCampaignId()).isEqualTo(campaign.getId());
    assertThat(report.getReportedBy()).isEqualTo(reporter);
    assertThat(report.getReportedAt()).isEqualTo(shanghai("2017-09-05T10:00").toInstant());
    assertThat(report.getState()).isEqualTo(ProblemReportState.REPORTED);
    assertThat(evidence.findById(report.getEvidenceId()).orElseThrow().getFiles()).hasSize(1);

    Task handle = drive.task(process.getId(), ProblemReportProcess.HANDLE_TASK);
    assertThat(handle).hasCandidateGroup(Roles.OFFICE);
    assertThat(handle.getName()).isEqualTo("处理上报问题：社区宣传栏缺少经费（" + unit.getName() + "）");
    assertThat(handle.getDueDate()).isEqualTo(shanghai("2017-09-12T23:59:59"));
    // the reporting unit reads its instance; another unit sees neither instance nor task
    drive.as(reporter, unit.groupId(), () -> assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(process.getId()).count()).isEqualTo(1));
    drive.as(otherReporter, other.groupId(), () -> {
      assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(process.getId()).count()).isZero();
      assertThat(engine.getTaskService().createTaskQuery().processInstanceId(process.getId()).count()).isZero();
    });

    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, handle, Map.of("handlingChoice", "resolve")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写答复意见");
    drive.at("2017-09-07T15:00");
    drive.completeAs("office", Roles.OFFICE, handle, Map.of("handlingChoice", "resolve",
        "officeReply", "已协调街道安排专项经费，请于本月内更新宣传栏"));
    assertThat(process).hasPassed("SendProblemReply").hasNotPassed(ProblemReportProcess.DECIDE_TASK)
        .isWaitingAt(ProblemReportProcess.ACKNOWLEDGE_TASK);
    Task read = drive.task(process.getId(), ProblemReportProcess.ACKNOWLEDGE_TASK);
    assertThat(read).hasCandidateGroup(unit.groupId());
    assertThat(read.getDueDate()).isEqualTo(shanghai("2017-09-12T23:59:59"));
    assertThat(engine.getTaskService().getVariable(read.getId(), "answerText")).isEqualTo("已协调街道安排专项经费，请于本月内更新宣传栏");
    assertThat(replyMail(report)).containsExactly(unit.getEmail());
    assertThat(reports.ofProcess(process.getId())).satisfies(r -> {
      assertThat(r.getState()).isEqualTo(ProblemReportState.ANSWERED);
      assertThat(r.getHandledBy()).isEqualTo("office");
      assertThat(r.getHandledAt()).isEqualTo(shanghai("2017-09-07T15:00").toInstant());
      assertThat(r.wasReferred()).isFalse();
    });

    assertThatThrownBy(() -> drive.completeAs(otherReporter, other.groupId(), read, Map.of("replyAcknowledged", true)))
        .isInstanceOf(AuthorizationException.class);
    assertThatThrownBy(() -> drive.completeAs(reporter, unit.groupId(), read, Map.of("replyAcknowledged", false)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请确认已阅知答复后再提交");
    drive.at("2017-09-08T09:30");
    drive.completeAs(reporter, unit.groupId(), read, Map.of("replyAcknowledged", true, "acknowledgementComment", "收到"));
    assertThat(process).isEnded().hasPassed("ProblemReportClosed");
    assertThat(reports.ofProcess(process.getId())).satisfies(r -> {
      assertThat(r.getState()).isEqualTo(ProblemReportState.CLOSED);
      assertThat(r.getAcknowledgedBy()).isEqualTo(reporter);
      assertThat(r.getAcknowledgedAt()).isEqualTo(shanghai("2017-09-08T09:30").toInstant());
      assertThat(r.getAcknowledgementComment()).isEqualTo("收到");
    });
    assertThat(auditActions(report)).containsExactly("PROBLEM_REPORTED", "PROBLEM_REPORT_ANSWERED",
        "PROBLEM_REPORT_ACKNOWLEDGED");
  }

  @Test
  void ORG1_a_referred_problem_is_decided_by_the_leadership_group_and_the_decision_goes_back_to_the_unit() {
    drive.at("2017-09-05T10:00");
    ProcessInstance process = report(reporter, unit, "多部门宣传资源难以统筹", null);
    ProblemReport report = reports.ofProcess(process.getId());
    assertThat(report.getEvidenceId()).isNull();
    Task handle = drive.task(process.getId(), ProblemReportProcess.HANDLE_TASK);
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, handle, Map.of("handlingChoice", "refer")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写提请领导小组研究的意见");
    drive.completeAs("office", Roles.OFFICE, handle, Map.of("handlingChoice", "refer",
        "referralNote", "属共性问题，建议由领导小组统筹各成员单位"));
    assertThat(process).isWaitingAt(ProblemReportProcess.DECIDE_TASK).hasNotPassed("SendProblemReply");
    Task decide = drive.task(process.getId(), ProblemReportProcess.DECIDE_TASK);
    assertThat(decide).hasCandidateGroup(Roles.LEADERSHIP);
    assertThat(decide.getName()).isEqualTo("领导小组研究决定：多部门宣传资源难以统筹（" + unit.getName() + "）");
    assertThat(decide.getDueDate()).isEqualTo(shanghai("2017-09-20T23:59:59"));
    assertThat(reports.ofProcess(process.getId()).getState()).isEqualTo(ProblemReportState.REFERRED);
    assertThat(row(report).ownerName()).isEqualTo("领导小组");
    assertThat(replyMail(report)).isEmpty();
    // the office may not decide in the leadership group's place; the unit cannot either
    assertThatThrownBy(() -> drive.completeAs(reporter, unit.groupId(), decide, Map.of("leadershipDecision", "自行决定")))
        .isInstanceOf(AuthorizationException.class);

    assertThatThrownBy(() -> drive.completeAs("leader", Roles.LEADERSHIP, decide, Map.of("leadershipDecision", " ")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写研究决定");
    drive.at("2017-09-10T16:00");
    drive.completeAs("leader", Roles.LEADERSHIP, decide, Map.of("leadershipDecision", "由区安委办牵头建立宣传资源共享机制"));
    assertThat(process).hasPassed(ProblemReportProcess.DECIDE_TASK, "SendProblemReply")
        .isWaitingAt(ProblemReportProcess.ACKNOWLEDGE_TASK);
    Task read = drive.task(process.getId(), ProblemReportProcess.ACKNOWLEDGE_TASK);
    assertThat(engine.getTaskService().getVariable(read.getId(), "answerSource")).isEqualTo("领导小组研究决定");
    assertThat(engine.getTaskService().getVariable(read.getId(), "answerText")).isEqualTo("由区安委办牵头建立宣传资源共享机制");
    String body = jdbc.queryForObject("select body from notification where kind = ? and recipient = ?", String.class,
        ProblemReplySender.KIND, unit.getEmail());
    assertThat(body).contains("领导小组研究决定").contains("由区安委办牵头建立宣传资源共享机制");
    assertThat(reports.ofProcess(process.getId())).satisfies(r -> {
      assertThat(r.getDecidedBy()).isEqualTo("leader");
      assertThat(r.getDecidedAt()).isEqualTo(shanghai("2017-09-10T16:00").toInstant());
      assertThat(r.getReferralNote()).isEqualTo("属共性问题，建议由领导小组统筹各成员单位");
    });

    drive.completeAs(reporter, unit.groupId(), read, Map.of("replyAcknowledged", true));
    assertThat(process).isEnded();
    ProblemView closed = row(report);
    assertThat(closed.originName()).isEqualTo("单位上报");
    assertThat(closed.status()).isEqualTo("CLOSED");
    assertThat(closed.closingNote()).isEqualTo("领导小组研究决定：由区安委办牵头建立宣传资源共享机制");
    assertThat(closed.closedBy()).isEqualTo("leader");
    assertThat(closed.reportingUnitCode()).isEqualTo(unit.getCode());
    assertThat(auditActions(report)).containsExactly("PROBLEM_REPORTED", "PROBLEM_REPORT_REFERRED",
        "PROBLEM_REPORT_DECIDED", "PROBLEM_REPORT_ACKNOWLEDGED");
  }

  @Test
  void ORG1_a_report_left_unhandled_reminds_the_office_once_at_the_end_of_its_due_day() {
    drive.at("2017-09-05T10:00");
    ProcessInstance process = report(reporter, unit, "宣传资料发放不到位", null);
    ProblemReport report = reports.ofProcess(process.getId());
    drive.at("2017-09-12T23:59");
    drive.fireDueTimers();
    assertThat(overdueMail(report)).isEmpty();
    drive.at("2017-09-13T00:00");
    drive.fireDueTimers();
    drive.at("2017-09-20T00:00");
    drive.fireDueTimers();
    assertThat(overdueMail(report)).contains(OFFICE_MAIL).doesNotContain(LEADER_MAIL, unit.getEmail())
        .doesNotHaveDuplicates();
    assertThat(process).isWaitingAt(ProblemReportProcess.HANDLE_TASK);
    assertThat(row(report).status()).isEqualTo("REPORTED");
  }

  @Test
  void ORG1_the_unit_and_campaign_come_from_the_starting_user_and_bad_reports_are_refused() {
    drive.at("2017-09-05T10:00");
    // a submitted unit or campaign is ignored: the report is the starting user's unit's
    Map<String, Object> forged = form("冒名上报", null);
    forged.put("unitId", other.getId());
    forged.put("campaignId", -1L);
    ProcessInstance process = start(reporter, unit, forged);
    assertThat(reports.ofProcess(process.getId()).getUnitId()).isEqualTo(unit.getId());
    assertThat(reports.ofProcess(process.getId()).getCampaignId()).isEqualTo(campaign.getId());

    long before = reports.count();
    Map<String, Object> noTitle = form(" ", null);
    // a start listener's refusal reaches the caller unwrapped (the REST API answers it 400)
    assertThatThrownBy(() -> start(reporter, unit, noTitle)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("请填写问题标题");
    Map<String, Object> badCategory = form("类别不对", null);
    badCategory.put("reportCategory", "随便");
    assertThatThrownBy(() -> start(reporter, unit, badCategory)).hasMessageContaining("请选择问题类别");
    // the office is no unit: it may not start the process at all
    assertThatThrownBy(() -> drive.as("office", Roles.OFFICE, () -> engine.getFormService()
        .submitStartForm(definitionId(), form("办公室上报", null)))).isInstanceOf(AuthorizationException.class);
    // a unit in no running campaign is told so
    Unit outsider = drive.unit("COMMUNITY");
    String outsiderUser = outsider.getCode().toLowerCase();
    WebTestUsers.ensure(engine.getIdentityService(), outsiderUser, outsider.groupId());
    assertThatThrownBy(() -> start(outsiderUser, outsider, form("未参加活动", null)))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("没有参加进行中的“七进”活动");
    assertThat(reports.count()).isEqualTo(before);
  }

  private ProcessInstance report(String user, Unit of, String title, String uploadIds) {
    return start(user, of, form(title, uploadIds));
  }

  private ProcessInstance start(String user, Unit of, Map<String, Object> vars) {
    ProcessInstance[] started = new ProcessInstance[1];
    drive.as(user, of.groupId(), () -> started[0] = engine.getFormService().submitStartForm(definitionId(), vars));
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(started[0].getId()).singleResult();
  }

  private static Map<String, Object> form(String title, String uploadIds) {
    Map<String, Object> vars = new HashMap<>(Map.of("reportTitle", title, "reportCategory", "经费与保障",
        "reportDescription", "具体情况说明"));
    if (uploadIds != null) {
      vars.put("evidenceUploads", uploadIds);
    }
    return vars;
  }

  private String definitionId() {
    return engine.getRepositoryService().createProcessDefinitionQuery().processDefinitionKey(ProblemReportProcess.KEY)
        .latestVersion().singleResult().getId();
  }

  private ProblemView row(ProblemReport report) {
    return register.list(campaign.getId()).stream().filter(p -> report.getId().equals(p.reportId())).findFirst()
        .orElseThrow();
  }

  private List<String> replyMail(ProblemReport report) {
    return jdbc.queryForList("select recipient from notification where kind = ? and dedup_key like ?", String.class,
        ProblemReplySender.KIND, ProblemReplySender.KIND + ":" + report.getId() + ":%");
  }

  private List<String> overdueMail(ProblemReport report) {
    return jdbc.queryForList("select recipient from notification where kind = ? and dedup_key like ?", String.class,
        ProblemReportOverdue.KIND, ProblemReportOverdue.KIND + ":" + report.getId() + ":%");
  }

  private List<String> auditActions(ProblemReport report) {
    return jdbc.queryForList("select action from audit_event where subject_type = 'PROBLEM_REPORT' and subject_id = ?"
        + " order by id", String.class, report.getId().toString());
  }

  private void mailbox(String userId, String groupId, String email) {
    var identity = engine.getIdentityService();
    if (identity.createUserQuery().userId(userId).count() == 0) {
      User user = identity.newUser(userId);
      user.setFirstName(userId);
      user.setLastName("测试");
      user.setEmail(email);
      user.setPassword("test-pass");
      identity.saveUser(user);
      identity.createMembership(userId, groupId);
    }
  }
}
