package cn.qijin.browser;

import static cn.qijin.support.WebApps.completeButton;
import static cn.qijin.support.WebApps.saveFailureEvidence;
import static cn.qijin.support.WebApps.setDate;
import static cn.qijin.support.WebApps.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.Quarter;
import cn.qijin.security.Roles;
import cn.qijin.supervision.internal.NoticeAcknowledgementRepository;
import cn.qijin.supervision.RoundState;
import cn.qijin.supervision.internal.SupervisionRound;
import cn.qijin.supervision.internal.SupervisionRoundRepository;
import cn.qijin.supervision.SupervisionStarter;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.Chromium;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.SubmitsForms;
import cn.qijin.support.TasklistSession;
import cn.qijin.support.WebApps;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ORG-2, ORG-1 in the real browser: the previous quarter's supervision, worked in Chinese Tasklist by the
 * office (the drafting form loads the summary and the system's proposal: the late enterprise is named; a
 * missing title is refused in Chinese), the leadership group (approves the notice it reads in the form),
 * a unit (signs only after confirming it has read the notice) and the office again (reports upward). Real
 * time: the campaign's PH-2 began in the previous quarter. Screenshots in target/browser-screenshots/.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class SupervisionBrowserTest {

  private static final String OFFICE_USER = "supbrowseroffice";
  private static final String LEADER_USER = "supbrowserleader";
  private static final String TITLE = "关于上季度“七进”活动开展情况的通报（浏览器测试）";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired SupervisionStarter starter;
  @Autowired SupervisionRoundRepository rounds;
  @Autowired NoticeAcknowledgementRepository acknowledgements;
  @Autowired cn.qijin.obligation.internal.ObligationRepository obligations;
  @LocalServerPort int port;

  CampaignDriver drive;
  Unit late;
  Unit rural; // owes no obligation (communities owe COM-2 monthly since issue 11 point 7)
  SupervisionRound round;
  final List<Chromium> browsers = new ArrayList<>();

  @BeforeEach
  void lastQuarterSupervisionOpen() {
    ClockUtil.reset(); // real time: the browser's "today" and the engine's must agree
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    late = drive.unit("ENTERPRISE");
    rural = drive.unit("RURAL");
    WebTestUsers.ensure(engine.getIdentityService(), late.getCode().toLowerCase(), late.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), LEADER_USER, Roles.LEADERSHIP);
    LocalDate today = CampaignClock.today();
    Campaign campaign = campaigns.start(campaigns.define(new CampaignRequest(null, null, "浏览器测试季度督导", null,
        today.minusDays(110), today.minusDays(98), today.minusDays(97), today.plusDays(50),
        today.plusDays(51), today.plusDays(170)), OFFICE_USER).getId());
    drive.completeAs(OFFICE_USER, Roles.OFFICE, drive.task(campaign.getProcessInstanceId(), "IssuePlanTask"),
        Map.of("planDocumentNumber", "台经信字〔" + today.getYear() + "〕43号",
            "planIssueDate", today.minusDays(109).toString()));
    drive.runDueJobsOf(campaign.getProcessInstanceId());
    round = starter.startByOffice(campaign, Quarter.of(campaign.schedule().ph2Start()).code(), OFFICE_USER);
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Chromium::close);
    browsers.clear();
  }

  @Test
  @SubmitsForms({"draft-notice.html", "approve-notice.html", "acknowledge-notice.html", "report-upward.html"})
  void the_office_drafts_the_leadership_approves_a_unit_signs_and_the_office_reports_in_tasklist() {
    try {
      officeDrafts();
      leadershipApproves();
      unitSigns();
      officeReports();
    } catch (RuntimeException | AssertionError e) {
      if (!browsers.isEmpty()) {
        saveFailureEvidence(browsers.get(browsers.size() - 1), "failure-supervision");
      }
      throw e;
    }
  }

  private Chromium officeDrafts() {
    Task draft = task("DraftNoticeTask");
    Chromium browser = openTask(OFFICE_USER, draft);
    browser.await().withMessage("summary and proposal loaded")
        .until(visibilityOfElementLocated(By.id("unit-" + late.getCode())));
    assertThat(browser.driver().findElement(By.id("name-" + late.getCode())).isSelected())
        .as("the overdue enterprise is proposed for naming").isTrue();
    assertThat(browser.driver().findElement(By.id("reason-" + late.getCode())).getAttribute("value"))
        .contains("逾期未履行 1 项");
    assertThat(browser.driver().findElement(By.id("commend-" + rural.getCode())).isSelected()).isFalse();
    assertThat(browser.driver().findElement(By.id("documentNumber")).getAttribute("value")).startsWith("七进办〔");
    assertThat(browser.driver().findElement(By.id("body")).getAttribute("value")).contains("逾期未履行 1 项");
    browser.screenshot("supervision-draft");

    WebElement title = browser.driver().findElement(By.id("title"));
    title.clear();
    browser.click(completeButton(browser.driver()));
    browser.await().withMessage("Chinese error for the missing title")
        .until(d -> d.findElement(By.tagName("body")).getText().contains("请填写标题"));
    assertThat(rounds.findById(round.getId()).orElseThrow().getDraftedAt()).isNull();

    type(browser, By.id("title"), TITLE);
    TasklistSession.complete(browser, engine, draft);
    engineAwait().withMessage("notice drafted")
        .until(e -> rounds.findById(round.getId()).orElseThrow().getState() == RoundState.AWAITING_APPROVAL);
    SupervisionRound drafted = rounds.findById(round.getId()).orElseThrow();
    assertThat(drafted.getTitle()).isEqualTo(TITLE);
    assertThat(drafted.getNamedJson()).contains(late.getCode(), "逾期未履行 1 项");
    return browser;
  }

  private Chromium leadershipApproves() {
    lateUnitFulfilsAfterTheDraft();
    Task approve = task("ApproveNoticeTask");
    Chromium browser = openTask(LEADER_USER, approve);
    browser.await().withMessage("the draft shown").until(textToBe(By.id("ctx-title"), TITLE));
    // ORG-2 (issue 11 point 10): the leadership group sees what approving will update since the office's draft
    WebElement changes = browser.await().withMessage("the changes since the draft")
        .until(visibilityOfElementLocated(By.id("qj-since-draft-changes")));
    assertThat(changes.getText()).contains(late.getName()).contains("逾期履行");
    assertThat(browser.driver().findElement(By.id("ctx-named")).getText()).contains(late.getName());
    assertThat(browser.driver().findElement(By.id("notice-download")).getAttribute("href"))
        .endsWith("/api/supervisions/" + round.getId() + "/notice.docx");
    browser.screenshot("supervision-approve");
    browser.click(browser.driver().findElement(By.id("noticeApproved-true")));
    TasklistSession.complete(browser, engine, approve);
    engineAwait().withMessage("notice circulated")
        .until(e -> rounds.findById(round.getId()).orElseThrow().getState() == RoundState.CIRCULATED);
    // circulated as the state at approval: the late unit fulfilled late, it is no longer 逾期未履行
    assertThat(rounds.findById(round.getId()).orElseThrow().getNamedJson()).contains("逾期履行")
        .doesNotContain("逾期未履行");
    return browser;
  }

  /** After the draft, the late unit hands in the quarter's session and the office accepts it: 逾期履行. */
  private void lateUnitFulfilsAfterTheDraft() {
    var obligation = obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(
        rounds.findById(round.getId()).orElseThrow().getCampaignId(), late.getId()).get(0);
    drive.completeAs(late.getCode().toLowerCase(), late.groupId(),
        drive.task(obligation.getProcessInstanceId(), "RecordSessionTask"),
        CampaignDriver.sessionRecord(obligation.getPeriodStart().plusDays(1).toString()));
    drive.completeAs(OFFICE_USER, Roles.OFFICE, drive.task(obligation.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", true));
  }

  private Chromium unitSigns() {
    Task ack = engine.getTaskService().createTaskQuery().processInstanceId(round.getProcessInstanceId())
        .taskDefinitionKey("AcknowledgeNoticeTask").taskCandidateGroup(late.groupId()).singleResult();
    Chromium browser = openTask(late.getCode().toLowerCase(), ack);
    browser.await().withMessage("the notice shown").until(textToBe(By.id("ctx-title"), TITLE));
    browser.click(completeButton(browser.driver()));
    browser.await().withMessage("Chinese error before confirming")
        .until(d -> d.findElement(By.tagName("body")).getText().contains("请确认已阅知通报内容后再签收"));
    browser.click(browser.driver().findElement(By.id("acknowledged-check")));
    type(browser, By.id("acknowledgementComment"), "已组织学习，本周内补开事故警示教育会。");
    browser.screenshot("supervision-acknowledge");
    TasklistSession.complete(browser, engine, ack);
    engineAwait().withMessage("signed").until(e -> acknowledgements.findByRoundIdOrderByIdAsc(round.getId()).stream()
        .anyMatch(a -> a.getUnitId().equals(late.getId()) && a.isAcknowledged()));
    assertThat(acknowledgements.findByRoundIdOrderByIdAsc(round.getId()).stream()
        .filter(a -> a.getUnitId().equals(late.getId())).findFirst().orElseThrow().getComment())
        .isEqualTo("已组织学习，本周内补开事故警示教育会。");
    return browser;
  }

  private Chromium officeReports() {
    Task report = task("ReportUpwardTask");
    Chromium browser = openTask(OFFICE_USER, report);
    browser.await().withMessage("report form").until(visibilityOfElementLocated(By.id("reportedTo")));
    type(browser, By.id("reportedTo"), "区人民政府安全生产委员会办公室");
    setDate(browser, By.id("reportedOn"), CampaignClock.today());
    new Select(browser.driver().findElement(By.id("reportMethod"))).selectByVisibleText("电子政务平台");
    browser.screenshot("supervision-report");
    TasklistSession.complete(browser, engine, report);
    engineAwait().withMessage("reported")
        .until(e -> rounds.findById(round.getId()).orElseThrow().getReportedAt() != null);
    SupervisionRound reported = rounds.findById(round.getId()).orElseThrow();
    assertThat(reported.getReportedTo()).isEqualTo("区人民政府安全生产委员会办公室");
    assertThat(reported.getReportMethod()).isEqualTo("电子政务平台");
    assertThat(reported.getReportedBy()).isEqualTo(OFFICE_USER);
    return browser;
  }

  // ---- steps ----

  private Task task(String key) {
    return drive.task(round.getProcessInstanceId(), key);
  }

  /** Logs in to Tasklist, opens the task by its link, claims it and waits until 完成 is enabled. */
  private Chromium openTask(String user, Task task) {
    Chromium browser = Chromium.start();
    browsers.add(browser);
    WebApps.login(browser, "http://localhost:" + port, "tasklist", user, WebTestUsers.PASSWORD);
    TasklistSession.openAndClaim(browser, "http://localhost:" + port, engine, user, task);
    return browser;
  }

  private FluentWait<ProcessEngine> engineAwait() {
    return TasklistSession.engineAwait(engine);
  }
}
