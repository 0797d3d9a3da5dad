package cn.qijin.browser;

import static cn.qijin.support.WebApps.completeButton;
import static cn.qijin.support.WebApps.saveFailureEvidence;
import static cn.qijin.support.WebApps.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.problemreport.ProblemReportState;
import cn.qijin.security.Roles;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.Chromium;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.SubmitsForms;
import cn.qijin.support.TasklistSession;
import cn.qijin.support.TestFiles;
import cn.qijin.support.WebApps;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.FluentWait;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * ORG-1 in the real browser, the four forms of 上报问题 in Chinese Tasklist: a unit starts the process with its
 * start form (a missing title refused in Chinese, a photo attached), the office refers it to the leadership group
 * (a missing choice refused), the leadership group records its decision (an empty one refused), the unit reads
 * it (not before confirming). Real time. Screenshots in target/browser-screenshots/problem-report-*.png.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class ProblemReportBrowserTest {

  private static final String OFFICE_USER = "reportbrowseroffice";
  private static final String LEADER_USER = "reportbrowserleader";
  private static final String TITLE = "社区宣传栏缺少安全生产宣传经费（浏览器测试）";
  private static final String DECISION = "由区安委办统筹安排宣传经费，本月底前到位。";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired ProblemReportRepository reports;
  @LocalServerPort int port;
  @TempDir Path files;

  CampaignDriver drive;
  Unit unit;
  String unitUser;
  final List<Chromium> browsers = new ArrayList<>();

  @BeforeEach
  void runningCampaign() {
    ClockUtil.reset(); // real time: the browser's "today" and the engine's must agree
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    unit = drive.unit("COMMUNITY");
    unitUser = unit.getCode().toLowerCase();
    WebTestUsers.ensure(engine.getIdentityService(), unitUser, unit.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), LEADER_USER, Roles.LEADERSHIP);
    LocalDate today = CampaignClock.today();
    campaigns.start(campaigns.define(new CampaignRequest(null, null, "浏览器测试上报问题", null,
        today.minusDays(40), today.minusDays(30), today.minusDays(29), today.plusDays(50),
        today.plusDays(51), today.plusDays(170)), OFFICE_USER).getId());
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Chromium::close);
    browsers.clear();
  }

  @Test
  @SubmitsForms({"report-problem.html", "handle-problem.html", "decide-problem.html", "read-problem-reply.html"})
  void ORG1_a_unit_reports_the_office_refers_the_leadership_decides_and_the_unit_reads_it_in_tasklist() throws Exception {
    try {
      ProblemReport report = unitReports();
      officeRefers(report);
      leadershipDecides(report);
      unitReads(report);
    } catch (RuntimeException | AssertionError e) {
      if (!browsers.isEmpty()) {
        saveFailureEvidence(browsers.get(browsers.size() - 1), "failure-problem-report");
      }
      throw e;
    }
  }

  private ProblemReport unitReports() throws Exception {
    Chromium browser = login(unitUser);
    browser.driver().get("http://localhost:" + port + "/camunda/app/tasklist/default/#/?processStart=qijin_problem_report");
    browser.await().withMessage("start form shown").until(visibilityOfElementLocated(By.id("reportTitle")));
    By start = By.cssSelector("button[ng-click='startProcessInstance()']");
    browser.click(start);
    browser.await().withMessage("Chinese error for the missing title")
        .until(d -> d.findElement(By.tagName("body")).getText().contains("请填写问题标题"));
    assertThat(reportOf(unit)).isEmpty();

    type(browser, By.id("reportTitle"), TITLE);
    new Select(browser.driver().findElement(By.id("reportCategory"))).selectByVisibleText("经费与保障");
    type(browser, By.id("reportDescription"), "宣传栏年久失修，街道无专项经费更新内容。");
    Path photo = files.resolve("宣传栏现状.png");
    Files.write(photo, TestFiles.photo("宣传栏现状.png").bytes());
    browser.driver().findElement(By.id("evidenceFiles")).sendKeys(photo.toAbsolutePath().toString());
    browser.await().withMessage("photo uploaded")
        .until(d -> !d.findElements(By.cssSelector("#evidenceFiles-list li.evidence-upload-done")).isEmpty());
    browser.screenshot("problem-report-start");
    TasklistSession.start(browser, engine, "qijin_problem_report", unitUser);
    engineAwait().withMessage("report recorded").until(e -> reportOf(unit).isPresent());
    ProblemReport report = reportOf(unit).orElseThrow();
    assertThat(report.getTitle()).isEqualTo(TITLE);
    assertThat(report.getCategory()).isEqualTo("经费与保障");
    assertThat(report.getReportedBy()).isEqualTo(unitUser);
    assertThat(report.getEvidenceId()).isNotNull();
    return report;
  }

  private void officeRefers(ProblemReport report) {
    Chromium browser = openTask(OFFICE_USER, task(report, "HandleProblemTask"));
    browser.await().withMessage("the report shown").until(textToBe(By.id("ctx-reportTitle"), TITLE));
    assertThat(browser.driver().findElement(By.id("ctx-unitName")).getText()).contains(unit.getName());
    browser.await().withMessage("the unit's photo listed")
        .until(d -> d.findElement(By.id("evidence-files")).getText().contains("宣传栏现状.png"));
    browser.click(completeButton(browser.driver()));
    browser.await().withMessage("Chinese error without a choice")
        .until(d -> d.findElement(By.tagName("body")).getText().contains("请选择处理方式"));
    browser.click(browser.driver().findElement(By.id("handlingChoice-refer")));
    type(browser, By.id("referralNote"), "涉及多个街道，属共性问题，建议领导小组统筹。");
    browser.screenshot("problem-report-handle");
    TasklistSession.complete(browser, engine, task(report, "HandleProblemTask"));
    engineAwait().withMessage("referred")
        .until(e -> reports.findById(report.getId()).orElseThrow().getState() == ProblemReportState.REFERRED);
  }

  private void leadershipDecides(ProblemReport report) {
    Chromium browser = openTask(LEADER_USER, task(report, "LeadershipDecisionTask"));
    browser.await().withMessage("the referral shown")
        .until(textToBe(By.id("ctx-referralNote"), "涉及多个街道，属共性问题，建议领导小组统筹。"));
    browser.click(completeButton(browser.driver()));
    browser.await().withMessage("Chinese error for an empty decision")
        .until(d -> d.findElement(By.tagName("body")).getText().contains("请填写研究决定"));
    type(browser, By.id("leadershipDecision"), DECISION);
    browser.screenshot("problem-report-decide");
    TasklistSession.complete(browser, engine, task(report, "LeadershipDecisionTask"));
    engineAwait().withMessage("decided")
        .until(e -> reports.findById(report.getId()).orElseThrow().getState() == ProblemReportState.ANSWERED);
  }

  private void unitReads(ProblemReport report) {
    Chromium browser = openTask(unitUser, task(report, "AcknowledgeReplyTask"));
    browser.await().withMessage("the decision shown").until(textToBe(By.id("ctx-answerText"), DECISION));
    assertThat(browser.driver().findElement(By.id("ctx-answerSource")).getText()).isEqualTo("领导小组研究决定");
    browser.click(completeButton(browser.driver()));
    browser.await().withMessage("Chinese error before confirming")
        .until(d -> d.findElement(By.tagName("body")).getText().contains("请确认已阅知答复"));
    browser.click(browser.driver().findElement(By.id("replyAcknowledged-check")));
    type(browser, By.id("acknowledgementComment"), "已阅，等待经费到位后更新宣传栏。");
    browser.screenshot("problem-report-read");
    TasklistSession.complete(browser, engine, task(report, "AcknowledgeReplyTask"));
    engineAwait().withMessage("closed")
        .until(e -> reports.findById(report.getId()).orElseThrow().getState() == ProblemReportState.CLOSED);
    assertThat(reports.findById(report.getId()).orElseThrow().getAcknowledgedBy()).isEqualTo(unitUser);
  }

  private Optional<ProblemReport> reportOf(Unit of) {
    return reports.findAll().stream().filter(r -> r.getUnitId().equals(of.getId())).findFirst();
  }

  private Task task(ProblemReport report, String key) {
    return drive.task(report.getProcessInstanceId(), key);
  }

  private Chromium login(String user) {
    Chromium browser = Chromium.start();
    browsers.add(browser);
    WebApps.login(browser, "http://localhost:" + port, "tasklist", user, WebTestUsers.PASSWORD);
    return browser;
  }

  /** Logs in to Tasklist, opens the task by its link, claims it and waits until 完成 is enabled. */
  private Chromium openTask(String user, Task task) {
    Chromium browser = login(user);
    TasklistSession.openAndClaim(browser, "http://localhost:" + port, engine, user, task);
    return browser;
  }

  private FluentWait<ProcessEngine> engineAwait() {
    return TasklistSession.engineAwait(engine);
  }
}
