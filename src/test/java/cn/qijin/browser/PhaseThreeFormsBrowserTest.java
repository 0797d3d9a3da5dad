package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.campaign.CampaignStatus;
import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.SelfSummary;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.consolidation.RecordKind;
import cn.qijin.consolidation.internal.SelfSummaryRepository;
import cn.qijin.mobilisation.internal.MobilisationMeeting;
import cn.qijin.mobilisation.internal.PlanAcknowledgement;
import cn.qijin.mobilisation.internal.MobilisationMeetingRepository;
import cn.qijin.mobilisation.internal.PlanAcknowledgementRepository;
import cn.qijin.obligation.ObligationService;
import cn.qijin.obligation.ObligationSettlement;
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
import org.openqa.selenium.WebElement;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * PH-1 and PH-3 in the real browser, on one campaign that entered PH-3 nine days ago (real time, its due jobs run
 * by the engine): the office issues the plan it left open (an issue date outside PH-1 refused) and the enterprise
 * signs it (refused without a signer), the office records the mobilisation meeting (a date outside PH-1 refused), an
 * enterprise hands in its self-summary (refused empty), the office consolidates (the panel 季度任务办结情况 lists the
 * obligations still open; a problem due after PH-3 refused) and the leadership group returns it (the same panel;
 * 退回 without an opinion refused); the enterprise rectifies the problem (refused empty, a photo attached) and the
 * office accepts it (退回 without a reason refused); the office sees the opinion and revises, exempts what is still
 * open, and the leadership group, seeing every obligation settled and its earlier opinion, approves: the campaign
 * ends. Screenshots phase3-*.png.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class PhaseThreeFormsBrowserTest {

  private static final String OFFICE_USER = "ph3browseroffice";
  private static final String LEADER_USER = "ph3browserleader";
  private static final String PLAN_NUMBER = "台经信字〔2026〕43号（浏览器测试）";
  private static final String PROBLEM = "部分班组未开展事故案例讨论（浏览器测试）";
  private static final String OPINION = "请补充各单位季度任务的落实情况。";
  private static final String REVISION = "各单位季度任务均已落实或经批准豁免。";
  private static final String FINAL_SUMMARY = "本次“七进”活动各单位按方案推进，企业事故警示教育覆盖全体职工。";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired CampaignRepository campaignRows;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired MobilisationMeetingRepository meetings;
  @Autowired PlanAcknowledgementRepository acknowledgements;
  @Autowired SelfSummaryRepository selfSummaries;
  @Autowired ConsolidationRecordRepository records;
  @Autowired ObligationSettlement settlement;
  @Autowired ObligationService obligationService;
  @LocalServerPort int port;

  @RegisterExtension
  final TestWatcher failures = TasklistSession.failureEvidence(() -> this.tasklist, "phase3");

  CampaignDriver drive;
  Campaign campaign;
  Unit unit;
  String unitUser;
  LocalDate today;
  TasklistSession tasklist;
  Path files;

  @BeforeAll
  void campaignInPhase3() throws Exception {
    ClockUtil.reset(); // real time: the browser's "today" and the engine's must agree
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    unit = drive.unit("ENTERPRISE");
    unitUser = unit.getCode().toLowerCase();
    WebTestUsers.ensure(engine.getIdentityService(), unitUser, unit.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), LEADER_USER, Roles.LEADERSHIP);
    today = CampaignClock.today();
    campaign = campaigns.start(campaigns.define(new CampaignRequest(null, null, "浏览器测试巩固提升", null,
        today.minusDays(40), today.minusDays(31), today.minusDays(30), today.minusDays(10),
        today.minusDays(9), today.plusDays(80)), OFFICE_USER).getId());
    files = Files.createTempDirectory("qijin-phase3-forms-");
    tasklist = new TasklistSession(engine, port);
  }

  @AfterAll
  void closeBrowser() {
    if (tasklist != null) {
      tasklist.close();
    }
  }

  @Test
  @Order(0)
  @SubmitsForms({"issue-plan.html", "acknowledge-plan.html"})
  void PH1_the_office_issues_the_plan_and_the_unit_signs_it_in_tasklist() {
    // 印发工作方案, left open until PH-3 began: a date outside PH-1 is refused
    Task issue = drive.task(campaign.getProcessInstanceId(), "IssuePlanTask");
    tasklist.openAndClaim(OFFICE_USER, issue);
    tasklist.awaitText("ctx-campaignName", "浏览器测试巩固提升");
    assertThat(tasklist.text("ctx-ph1")).isEqualTo(today.minusDays(40) + " 至 " + today.minusDays(31));
    assertThat(tasklist.browser().driver().findElement(By.cssSelector("label[for='planDocumentNumber']")).getText())
        .isEqualTo("工作方案文号 *");
    tasklist.type("planDocumentNumber", PLAN_NUMBER);
    WebApps.setDate(tasklist.browser(), By.id("planIssueDate"), today);
    tasklist.type("planRemarks", "印发至各参与单位（浏览器测试）");
    tasklist.completeRefused(issue,
        "印发日期须在 " + today.minusDays(40) + " 至 " + today.minusDays(31) + " 之间");
    tasklist.browser().screenshot("phase1-issue-plan-refused");
    WebApps.setDate(tasklist.browser(), By.id("planIssueDate"), today.minusDays(39));
    tasklist.complete(issue);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    CampaignEntity issued = campaignRows.findById(campaign.getId()).orElseThrow();
    assertThat(issued.getPlanDocumentNumber()).isEqualTo(PLAN_NUMBER);
    assertThat(issued.getPlanIssueDate()).isEqualTo(today.minusDays(39));
    assertThat(issued.getPlanIssuedBy()).isEqualTo(OFFICE_USER);

    // 签收工作方案: the unit sees the plan's number the office entered; signing without a name is refused
    Task sign = drive.task(drive.unitInstance(campaign, unit).getId(), "AcknowledgePlanTask");
    tasklist.openAndClaim(unitUser, sign);
    tasklist.awaitText("ctx-planDocumentNumber", PLAN_NUMBER);
    assertThat(tasklist.text("ctx-unitName")).isEqualTo(unit.getName());
    assertThat(tasklist.text("ctx-venueName")).isEqualTo("企业");
    tasklist.type("ackRemarks", "联系人：安全科王工，电话 0632-0000000");
    tasklist.completeRefused(sign, "请填写签收人姓名");
    tasklist.browser().screenshot("phase1-acknowledge-plan-refused");
    tasklist.type("ackSignerName", "李明");
    tasklist.complete(sign);

    assertThat(acknowledgements.findByCampaignIdOrderByAcknowledgedAtAsc(campaign.getId()))
        .extracting(PlanAcknowledgement::getUnitId, PlanAcknowledgement::getSignerName, PlanAcknowledgement::getRemarks,
            PlanAcknowledgement::getAcknowledgedBy)
        .containsExactly(tuple(unit.getId(), "李明", "联系人：安全科王工，电话 0632-0000000", unitUser));
  }

  @Test
  @Order(1)
  @SubmitsForms("mobilisation-meeting.html")
  void PH1_the_office_records_the_mobilisation_meeting_in_tasklist() {
    Task meeting = drive.task(campaign.getProcessInstanceId(), "MobilisationMeetingTask");
    tasklist.openAndClaim(OFFICE_USER, meeting);
    tasklist.awaitText("ctx-planDocumentNumber", PLAN_NUMBER);
    assertThat(tasklist.text("ctx-campaignName")).isEqualTo("浏览器测试巩固提升");
    assertThat(tasklist.text("ctx-ph1")).isEqualTo(today.minusDays(40) + " 至 " + today.minusDays(31));

    WebApps.setDate(tasklist.browser(), By.id("meetingDate"), today);
    tasklist.type("meetingPlace", "局机关三楼会议室");
    tasklist.type("meetingAttendeeCount", "36");
    tasklist.type("meetingAttendees", "领导小组成员、各科室负责人、各企业安全负责人");
    tasklist.type("meetingMinutes", "部署“七进”活动，明确各阶段任务和要求。");
    tasklist.completeRefused(meeting,
        "会议日期须在 " + today.minusDays(40) + " 至 " + today.minusDays(31) + " 之间");
    tasklist.browser().screenshot("phase3-meeting-refused");
    WebApps.setDate(tasklist.browser(), By.id("meetingDate"), today.minusDays(38));
    tasklist.complete(meeting);

    MobilisationMeeting recorded = meetings.findByCampaignId(campaign.getId()).orElseThrow();
    assertThat(recorded.getMeetingDate()).isEqualTo(today.minusDays(38));
    assertThat(recorded.getPlace()).isEqualTo("局机关三楼会议室");
    assertThat(recorded.getAttendeeCount()).isEqualTo(36L);
    assertThat(recorded.getRecordedBy()).isEqualTo(OFFICE_USER);
  }

  @Test
  @Order(2)
  @SubmitsForms("self-summary.html")
  void PH3_the_unit_hands_in_its_self_summary_in_tasklist() {
    Task summary = drive.task(drive.unitInstance(campaign, unit).getId(), "SelfSummaryTask");
    tasklist.openAndClaim(unitUser, summary);
    tasklist.awaitText("ctx-unitName", unit.getName());
    assertThat(tasklist.text("qj-unit")).isEqualTo("总结单位：" + unit.getName() + " （企业）");
    assertThat(tasklist.text("ctx-ph3")).isEqualTo(today.minusDays(9) + " 至 " + today.plusDays(80));
    tasklist.type("summaryHighlights", "班前会安全讲话制度");
    tasklist.completeRefused(summary, "请填写自查总结");
    tasklist.type("summaryText", "本单位完成全部检查项，每季度开展事故警示教育。");
    tasklist.browser().screenshot("phase3-self-summary");
    tasklist.complete(summary);

    assertThat(selfSummaries.findByCampaignIdOrderByUnitIdAsc(campaign.getId()))
        .extracting(SelfSummary::getUnitId, SelfSummary::getSummaryText, SelfSummary::getHighlights,
            SelfSummary::getSubmittedBy)
        .containsExactly(tuple(unit.getId(), "本单位完成全部检查项，每季度开展事故警示教育。",
            "班前会安全讲话制度", unitUser));
  }

  @Test
  @Order(3)
  @SubmitsForms({"consolidation.html", "approve-summary.html"})
  void PH3_the_office_consolidates_and_the_leadership_group_returns_it_while_obligations_stay_open() {
    List<ObligationSettlement.Open> open = settlement.stillOpen(campaign.getId());
    assertThat(open).isNotEmpty();

    Task consolidation = drive.task(campaign.getProcessInstanceId(), "ConsolidationTask");
    tasklist.openAndClaim(OFFICE_USER, consolidation);
    assertClosingPanel(open);
    tasklist.click("problems-add");
    tasklist.type("problems-0-title", PROBLEM);
    tasklist.type("problems-0-owner", unit.getCode());
    WebApps.setDate(tasklist.browser(), By.id("problems-0-dueDate"), today.plusDays(81));
    tasklist.type("finalSummary", FINAL_SUMMARY);
    tasklist.completeRefused(consolidation,
        "第 1 条问题：整改期限须在 " + today.minusDays(9) + " 至 " + today.plusDays(80) + " 之间");
    tasklist.browser().screenshot("phase3-consolidation-refused");
    WebApps.setDate(tasklist.browser(), By.id("problems-0-dueDate"), today.plusDays(20));
    tasklist.complete(consolidation);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    ConsolidationRecord problem = problem();
    assertThat(problem.getOwner()).as("the unit's code, recorded as its name").isEqualTo(unit.getName());
    assertThat(problem.getDueDate()).isEqualTo(today.plusDays(20));
    assertThat(problem.getOwnerGroup()).isEqualTo(unit.groupId());
    assertThat(problem.getProcessInstanceId()).isNotNull();

    // the leadership group reads it with the obligations still open and returns it with an opinion
    Task approve = drive.task(campaign.getProcessInstanceId(), "ApproveSummaryTask");
    tasklist.openAndClaim(LEADER_USER, approve);
    tasklist.awaitText("ctx-finalSummary", FINAL_SUMMARY);
    assertThat(tasklist.text("ctx-problems")).contains(PROBLEM).contains(unit.getCode())
        .contains(today.plusDays(20).toString());
    assertClosingPanel(settlement.stillOpen(campaign.getId()));
    tasklist.browser().screenshot("phase3-approve-summary-open-obligations");
    tasklist.click("summaryApproved-false");
    tasklist.completeRefused(approve, "请填写退回修改意见");
    tasklist.type("leadershipOpinion", OPINION);
    tasklist.complete(approve);
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    assertThat(drive.task(campaign.getProcessInstanceId(), "ConsolidationTask")).as("back with the office").isNotNull();
    assertThat(campaignRows.findById(campaign.getId()).orElseThrow().isSummaryApproved()).isFalse();
  }

  @Test
  @Order(4)
  @SubmitsForms({"rectify-problem.html", "verify-rectification.html"})
  void PH3_the_unit_rectifies_the_problem_and_the_office_accepts_it_in_tasklist() {
    ConsolidationRecord problem = problem();
    Task rectify = drive.task(problem.getProcessInstanceId(), "RectifyProblemTask");
    tasklist.openAndClaim(unitUser, rectify);
    tasklist.awaitText("ctx-problemTitle", PROBLEM);
    assertThat(tasklist.text("ctx-ownerName")).isEqualTo(unit.getName());
    assertThat(tasklist.text("ctx-dueDate")).isEqualTo(today.plusDays(20).toString());
    assertThat(tasklist.text("ctx-problemOrigin")).isEqualTo("评定与总结");
    tasklist.completeRefused(rectify, "请填写整改情况");
    tasklist.type("closingNote", "各班组已于本周开展事故案例讨论，并建立班前会制度。");
    tasklist.attach(TasklistSession.photo(files, "班组讨论照片.png"));
    tasklist.browser().screenshot("phase3-rectify");
    tasklist.complete(rectify);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    Task verify = drive.task(problem.getProcessInstanceId(), "VerifyRectificationTask");
    tasklist.openAndClaim(OFFICE_USER, verify);
    tasklist.awaitText("ctx-closingNote", "各班组已于本周开展事故案例讨论，并建立班前会制度。");
    assertThat(tasklist.text("ctx-problemTitle")).isEqualTo(PROBLEM);
    assertThat(tasklist.text("ctx-rectifiedBy")).isEqualTo(unitUser);
    tasklist.browser().await().withMessage("the unit's photo listed")
        .until(d -> d.findElement(By.id("evidence-files")).getText().contains("班组讨论照片.png"));
    tasklist.click("rectificationAccepted-false");
    tasklist.completeRefused(verify, "请填写退回原因");
    tasklist.click("rectificationAccepted-true");
    tasklist.browser().screenshot("phase3-verify");
    tasklist.complete(verify);

    ConsolidationRecord closed = records.findById(problem.getId()).orElseThrow();
    assertThat(closed.isClosed()).isTrue();
    assertThat(closed.getClosedBy()).isEqualTo(OFFICE_USER);
    assertThat(closed.getClosingNote()).isEqualTo("各班组已于本周开展事故案例讨论，并建立班前会制度。");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(problem.getProcessInstanceId()).count()).as("rectification ended").isZero();
  }

  @Test
  @Order(5)
  @SubmitsForms({"consolidation.html", "approve-summary.html"})
  void PH3_the_office_revises_after_the_return_and_the_approval_ends_the_campaign_once_every_obligation_is_settled() {
    Task consolidation = drive.task(campaign.getProcessInstanceId(), "ConsolidationTask");
    tasklist.openAndClaim(OFFICE_USER, consolidation);
    tasklist.awaitText("ctx-leadershipOpinion", OPINION);
    assertThat(tasklist.browser().driver().findElement(By.id("problems-0-title")).getAttribute("value"))
        .as("the marks submitted before").isEqualTo(PROBLEM);
    assertThat(tasklist.browser().driver().findElement(By.id("finalSummary")).getAttribute("value"))
        .isEqualTo(FINAL_SUMMARY);
    tasklist.browser().screenshot("phase3-consolidation-returned");
    tasklist.type("finalSummary", FINAL_SUMMARY + REVISION);
    tasklist.complete(consolidation);
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    assertThat(records.findByCampaignIdAndOriginOrderByIdAsc(campaign.getId(), ConsolidationRecord.Origin.OFFICE))
        .as("the office's marks: the same problem, still closed")
        .extracting(ConsolidationRecord::getTitle, ConsolidationRecord::isClosed)
        .containsExactly(tuple(PROBLEM, true));

    // REC-3: the office exempts what is still open; the panel then says every obligation is settled
    settlement.stillOpen(campaign.getId()).forEach(o -> drive.as(OFFICE_USER, Roles.OFFICE,
        () -> obligationService.exempt(o.obligationId(), "企业停产整顿，本季度豁免（浏览器测试）")));
    assertThat(settlement.stillOpen(campaign.getId())).isEmpty();
    Task approve = drive.task(campaign.getProcessInstanceId(), "ApproveSummaryTask");
    tasklist.openAndClaim(LEADER_USER, approve);
    tasklist.awaitText("ctx-finalSummary", FINAL_SUMMARY + REVISION);
    assertThat(tasklist.text("qj-previous-opinion")).isEqualTo("上次退回意见：" + OPINION);
    tasklist.browser().await().withMessage("#qj-closing-none shown")
        .until(d -> d.findElement(By.id("qj-closing-none")).isDisplayed());
    assertThat(tasklist.browser().driver().findElement(By.id("qj-closing-open")).isDisplayed()).isFalse();
    tasklist.click("summaryApproved-true");
    tasklist.browser().js("document.getElementById('qj-closing').scrollIntoView({block: 'center'});");
    tasklist.browser().screenshot("phase3-approve-summary");
    tasklist.complete(approve);
    drive.runDueJobsOf(campaign.getProcessInstanceId());

    CampaignEntity ended = campaignRows.findById(campaign.getId()).orElseThrow();
    assertThat(ended.isSummaryApproved()).isTrue();
    assertThat(ended.getStatus()).isEqualTo(CampaignStatus.ENDED);
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).count()).as("campaign ended").isZero();
  }

  /** 季度任务办结情况: the count and one row (unit, obligation, period, state) per obligation still open. */
  private void assertClosingPanel(List<ObligationSettlement.Open> open) {
    tasklist.awaitText("qj-closing-count", String.valueOf(open.size()));
    assertThat(tasklist.browser().driver().findElement(By.id("qj-closing-none")).isDisplayed()).isFalse();
    List<String> rows = tasklist.browser().driver().findElements(By.cssSelector("#qj-closing-open tbody tr")).stream()
        .map(WebElement::getText).toList();
    assertThat(rows).containsExactlyInAnyOrderElementsOf(open.stream()
        .map(o -> o.unitName() + "（" + o.unitCode() + "） " + o.obligationCode() + " " + (o.periodName() != null ? o.periodName() : o.quarterName())
            + " " + o.stateName()).toList());
    tasklist.browser().js("document.getElementById('qj-closing').scrollIntoView({block: 'center'});");
  }

  private ConsolidationRecord problem() {
    return records.findByCampaignIdOrderByKindAscIdAsc(campaign.getId()).stream()
        .filter(r -> r.getKind() == RecordKind.PROBLEM && PROBLEM.equals(r.getTitle())).findFirst()
        .orElseThrow(() -> new AssertionError("problem " + PROBLEM + " not recorded"));
  }
}
