package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.internal.EscalationRecordEntity;
import cn.qijin.obligation.internal.EscalationRecordRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationExtension;
import cn.qijin.obligation.internal.ObligationExtensionRepository;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.internal.ObligationSession;
import cn.qijin.obligation.internal.ObligationSessionRepository;
import cn.qijin.obligation.ObligationStatus;
import cn.qijin.kernel.Quarter;
import cn.qijin.security.Roles;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.SubmitsForms;
import cn.qijin.support.TasklistSession;
import cn.qijin.support.WebApps;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.junit.jupiter.api.TestMethodOrder;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * REC-1…REC-3 in the real browser: the five forms of the quarterly obligation in Chinese Tasklist, on one campaign
 * whose PH-2 began a quarter that lapsed at least 16 days ago (its ladder has reached 红色约谈 in real time: the
 * engine runs the campaign's due jobs, nothing sleeps). An enterprise asks for an extension of this quarter's
 * obligation (a date not after the due date refused), the office refuses without a reason (refused), then agrees;
 * the unit sees the new due date and records its session (活动形式 missing: refused), the office returns it
 * (no reason: refused) and the unit sees why, resubmits, and the office accepts it. For the lapsed quarter the office
 * records its 督办 and the leadership group its 约谈 (both refused empty first). Screenshots obligation-*.png.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class ObligationFormsBrowserTest {

  private static final String OFFICE_USER = "oblbrowseroffice";
  private static final String LEADER_USER = "oblbrowserleader";
  private static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;
  @Autowired ObligationExtensionRepository extensions;
  @Autowired ObligationSessionRepository sessions;
  @Autowired EscalationRecordRepository escalations;
  @LocalServerPort int port;

  CampaignDriver drive;
  Campaign campaign;
  Unit unit;
  String unitUser;
  LocalDate today;
  Quarter current;
  Quarter lapsed;
  TasklistSession tasklist;
  Path files;

  @BeforeAll
  void campaignWithALapsedQuarter() throws Exception {
    ClockUtil.reset(); // real time: the browser's "today" and the engine's must agree
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    unit = drive.unit("ENTERPRISE");
    unitUser = unit.getCode().toLowerCase();
    WebTestUsers.ensure(engine.getIdentityService(), unitUser, unit.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), LEADER_USER, Roles.LEADERSHIP);
    today = CampaignClock.today();
    current = Quarter.of(today);
    lapsed = Quarter.of(today.minusDays(16)).previous(); // lapsed on its next quarter's first day, 15 days on: 红色约谈
    LocalDate ph2Start = lapsed.start();
    campaign = campaigns.start(campaigns.define(new CampaignRequest(null, null, "浏览器测试季度任务", null,
        ph2Start.minusDays(12), ph2Start.minusDays(1), ph2Start, today.plusDays(50),
        today.plusDays(51), today.plusDays(170)), OFFICE_USER).getId());
    drive.completeAs(OFFICE_USER, Roles.OFFICE, drive.task(campaign.getProcessInstanceId(), "IssuePlanTask"),
        Map.of("planDocumentNumber", "台经信字〔" + today.getYear() + "〕43号",
            "planIssueDate", ph2Start.minusDays(11).toString()));
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    assertThat(obligation(lapsed).getEscalationLevel()).isEqualTo(3);
    files = Files.createTempDirectory("qijin-obligation-forms-");
    tasklist = new TasklistSession(engine, port);
  }

  @RegisterExtension
  final TestWatcher failures = TasklistSession.failureEvidence(() -> tasklist, "obligation");

  @AfterAll
  void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
  }

  @Test
  @Order(1)
  @SubmitsForms({"record-session.html", "decide-extension.html"})
  void REC3_the_unit_asks_for_an_extension_and_the_office_agrees_in_tasklist() {
    ObligationEntity obligation = obligation(current);
    String due = current.end().toString();
    LocalDate wanted = current.end().plusDays(10);

    // 季度任务: the obligation, the quarter and its due date; 申请延期 with a date not after the due date is refused
    Task record = task(obligation, "RecordSessionTask");
    tasklist.openAndClaim(unitUser, record);
    tasklist.awaitText("ctx-dueDate", due);
    assertThat(tasklist.text("ctx-obligationCode")).isEqualTo("ENT-5");
    assertThat(tasklist.text("ctx-quarterName")).isEqualTo(current.chineseName());
    assertThat(tasklist.text("ctx-unitName")).startsWith(unit.getName());
    tasklist.click("unitAction-extension");
    WebApps.setDate(tasklist.browser(), By.id("extensionDate"), current.end());
    tasklist.type("extensionReason", "本季度企业停产检修，计划复产后第一周组织事故警示教育会。");
    tasklist.completeRefused(record, "申请延期至的日期须晚于原到期日 " + due);
    tasklist.browser().screenshot("obligation-extension-refused-date");
    WebApps.setDate(tasklist.browser(), By.id("extensionDate"), wanted);
    tasklist.complete(record);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    // 审批延期申请: the request as the unit made it; 不同意 needs a reason
    Task decide = task(obligation, "DecideExtensionTask");
    tasklist.openAndClaim(OFFICE_USER, decide);
    tasklist.awaitText("ctx-extensionDate", wanted.toString());
    assertThat(tasklist.text("ctx-dueDate")).isEqualTo(due);
    assertThat(tasklist.text("ctx-extensionReason")).isEqualTo("本季度企业停产检修，计划复产后第一周组织事故警示教育会。");
    assertThat(tasklist.text("ctx-extensionDays")).isEqualTo("（延期 10 天）");
    assertThat(tasklist.text("ctx-unitName")).startsWith(unit.getName());
    tasklist.click("extensionApproved-false");
    tasklist.completeRefused(decide, "请填写不同意延期的理由");
    tasklist.click("extensionApproved-true");
    tasklist.type("extensionComment", "同意，复产后及时开展。");
    tasklist.browser().screenshot("obligation-decide-extension");
    tasklist.complete(decide);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    List<ObligationExtension> onRecord = extensions.findByObligationIdOrderByRequestedAtAsc(obligation.getId());
    assertThat(onRecord).hasSize(1);
    assertThat(onRecord.get(0).getRequestedDueDate()).isEqualTo(wanted);
    assertThat(onRecord.get(0).getRequestedBy()).isEqualTo(unitUser);
    assertThat(onRecord.get(0).getDecision().name()).isEqualTo("APPROVED");
    assertThat(onRecord.get(0).getDecidedBy()).isEqualTo(OFFICE_USER);
    assertThat(onRecord.get(0).getDecisionComment()).isEqualTo("同意，复产后及时开展。");
    assertThat(obligation(current).getDueAt().atZone(SHANGHAI).toLocalDate()).isEqualTo(wanted);
    assertThat(engine.getTaskService().getVariable(task(obligation, "RecordSessionTask").getId(), "dueDate"))
        .isEqualTo(wanted.toString());
  }

  @Test
  @Order(2)
  @SubmitsForms({"record-session.html", "review-session.html"})
  void REC1_the_unit_records_its_session_the_office_returns_it_then_accepts_it_in_tasklist() {
    ObligationEntity obligation = obligation(current);
    String due = current.end().plusDays(10).toString();
    String cases = "分析某化工企业检修作业中毒窒息事故";
    String reason = "签到表缺少参加人员签名，请补充后重新提交。";

    // the unit sees the office's answer to its extension, records its session: 活动形式 missing is refused
    Task record = task(obligation, "RecordSessionTask");
    tasklist.openAndClaim(unitUser, record);
    tasklist.awaitText("ctx-dueDate", due);
    assertThat(tasklist.text("qj-extension-approved")).contains("延期申请已同意，到期日已调整为 " + due)
        .contains("同意，复产后及时开展。");
    tasklist.click("unitAction-session");
    WebApps.setDate(tasklist.browser(), By.id("sessionDate"), today);
    tasklist.type("sessionParticipants", "42");
    tasklist.type("sessionCases", cases);
    tasklist.type("sessionSummary", "组织全体员工观看事故警示片并逐条对照检查。");
    tasklist.attach(TasklistSession.photo(files, "警示教育会现场.png"));
    tasklist.completeRefused(record, "请填写活动形式");
    tasklist.browser().screenshot("obligation-record-session-refused");
    tasklist.type("sessionType", "事故警示教育会");
    tasklist.complete(record);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    // 审核季度活动: the session as recorded with its photo; 退回 needs a reason
    Task review = task(obligation, "ReviewSessionTask");
    tasklist.openAndClaim(OFFICE_USER, review);
    tasklist.awaitText("ctx-sessionType", "事故警示教育会");
    assertThat(tasklist.text("ctx-sessionDate")).isEqualTo(today.toString());
    assertThat(tasklist.text("ctx-sessionParticipants")).isEqualTo("42 人");
    assertThat(tasklist.text("ctx-sessionCases")).isEqualTo(cases);
    assertThat(tasklist.text("ctx-dueDate")).isEqualTo(due);
    tasklist.browser().await().withMessage("the unit's photo listed")
        .until(d -> d.findElement(By.id("evidence-files")).getText().contains("警示教育会现场.png"));
    tasklist.click("sessionApproved-false");
    tasklist.completeRefused(review, "请填写退回原因");
    tasklist.type("sessionReviewComment", reason);
    tasklist.browser().screenshot("obligation-review-session");
    tasklist.complete(review);
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    assertThat(sessions.findByObligationIdOrderBySubmittedAtAsc(obligation.getId()))
        .extracting(ObligationSession::getReviewComment).containsExactly(reason);

    // back with the unit: the reason, its answers kept; a new photo for the new record, and resubmitted
    Task again = task(obligation, "RecordSessionTask");
    tasklist.openAndClaim(unitUser, again);
    tasklist.awaitText("ctx-sessionReviewComment", reason);
    assertThat(tasklist.browser().driver().findElement(By.id("sessionCases")).getAttribute("value"))
        .isEqualTo(cases);
    tasklist.browser().screenshot("obligation-session-returned");
    tasklist.click("unitAction-session");
    tasklist.attach(TasklistSession.photo(files, "补签后的签到表.png"));
    tasklist.complete(again);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    Task second = task(obligation, "ReviewSessionTask");
    tasklist.openAndClaim(OFFICE_USER, second);
    tasklist.awaitText("ctx-sessionType", "事故警示教育会");
    tasklist.click("sessionApproved-true");
    tasklist.complete(second);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    ObligationEntity fulfilled = obligation(current);
    assertThat(fulfilled.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
    assertThat(sessions.findByObligationIdOrderBySubmittedAtAsc(obligation.getId()))
        .extracting(ObligationSession::getSubmittedBy, ObligationSession::getReviewedBy, ObligationSession::getParticipantCount)
        .containsExactly(tuple(unitUser, OFFICE_USER, 42L),
            tuple(unitUser, OFFICE_USER, 42L));
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(obligation.getProcessInstanceId()).count()).as("obligation process ended").isZero();
  }

  @Test
  @Order(3)
  @SubmitsForms({"urge-unit.html", "talk-with-unit.html"})
  void REC2_the_office_urges_and_the_leadership_group_talks_with_the_lapsed_unit_in_tasklist() {
    ObligationEntity obligation = obligation(lapsed);
    String due = obligation.getDueAt().atZone(SHANGHAI).toLocalDate().toString();

    // the unit's own task for that quarter: overdue, at 红色约谈, too late for an extension
    Task late = task(obligation, "RecordSessionTask");
    tasklist.openAndClaim(unitUser, late);
    tasklist.awaitText("ctx-dueDate", due);
    assertThat(tasklist.text("ctx-escalationName")).isEqualTo("红色约谈");
    assertThat(tasklist.browser().driver().findElement(By.id("qj-overdue")).isDisplayed()).isTrue();
    assertThat(tasklist.browser().driver().findElement(By.id("unitAction-extension")).isEnabled())
        .isFalse();
    assertThat(tasklist.text("qj-extension-closed")).startsWith("已过到期日 " + due + "，不能再申请延期。");
    tasklist.browser().screenshot("obligation-lapsed-record-session");

    Task urge = task(obligation, "UrgeUnitTask");
    tasklist.openAndClaim(OFFICE_USER, urge);
    tasklist.awaitText("ctx-dueDate", due);
    assertThat(tasklist.text("ctx-unitName")).startsWith(unit.getName());
    assertThat(tasklist.text("ctx-quarterName")).isEqualTo(lapsed.chineseName());
    assertThat(tasklist.text("qj-escalation")).contains(unit.getName() + "未在到期日 " + due + " 前完成季度任务");
    // the office's task is 橙色督办 even after the ladder has moved on to 红色约谈 (issue 14 part 6)
    assertThat(tasklist.text("qj-task-level")).isEqualTo("橙色督办");
    assertThat(tasklist.text("qj-escalated-further")).startsWith("该单位现已升级至红色约谈");
    tasklist.completeRefused(urge, "请填写督办情况");
    tasklist.type("urgeOutcome", "电话督促企业负责人，承诺本月内补开事故警示教育会。");
    tasklist.browser().screenshot("obligation-urge-unit");
    tasklist.complete(urge);

    Task talk = task(obligation, "TalkWithUnitTask");
    tasklist.openAndClaim(LEADER_USER, talk);
    tasklist.awaitText("ctx-dueDate", due);
    assertThat(tasklist.text("ctx-escalationName")).isEqualTo("红色约谈");
    assertThat(tasklist.text("ctx-unitName")).startsWith(unit.getName());
    tasklist.completeRefused(talk, "请填写约谈情况");
    tasklist.type("talkOutcome", "领导小组约谈企业主要负责人，责令一周内整改到位。");
    tasklist.browser().screenshot("obligation-talk-with-unit");
    tasklist.complete(talk);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    List<EscalationRecordEntity> ladder = escalations.findByObligationIdOrderByLevelAsc(obligation.getId());
    assertThat(ladder).extracting(EscalationRecordEntity::getLevel).containsExactly(1, 2, 3);
    assertThat(ladder).filteredOn(r -> r.getLevel() >= 2)
        .extracting(EscalationRecordEntity::getLevel, EscalationRecordEntity::getOutcome, EscalationRecordEntity::getOutcomeBy)
        .containsExactly(
            tuple(2, "电话督促企业负责人，承诺本月内补开事故警示教育会。", OFFICE_USER),
            tuple(3, "领导小组约谈企业主要负责人，责令一周内整改到位。", LEADER_USER));
    assertThat(obligation(lapsed).getStatus()).isEqualTo(ObligationStatus.OPEN); // still the unit's to fulfil
  }

  // ---- engine ----

  private ObligationEntity obligation(Quarter quarter) {
    return obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), unit.getId()).stream()
        .filter(o -> o.getQuarterCode().equals(quarter.code())).findFirst()
        .orElseThrow(() -> new AssertionError("no obligation of " + unit.getCode() + " for " + quarter.code()));
  }

  private Task task(ObligationEntity obligation, String key) {
    Task task = drive.task(obligation.getProcessInstanceId(), key);
    assertThat(task).as(key + " of " + obligation.getQuarterCode()).isNotNull();
    return task;
  }
}
