package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import cn.qijin.campaign.CampaignService;
import cn.qijin.dashboard.DashboardScenario;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.obligation.ObligationService;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.security.Roles;
import cn.qijin.supervision.internal.SupervisionRoundRepository;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.Chromium;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebApps;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real browser: the office logs in to Chinese Cockpit, sees the 七进督导看板 card on the start page, opens the
 * dashboard from the header menu and finds the campaign of {@link DashboardScenario} as of the server's campaign
 * clock (2017-12-20, set on the engine; the browser's own date is 2026): each cell coloured by its state, the
 * phases with today, the venues' progress, the overdue units with their escalation level; switches the quarter;
 * clicks the most overdue unit and lands on its obligation's process instance in Cockpit. The dashboard is saved
 * to target/browser-artifacts/dashboard.png.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class DashboardBrowserTest {

  private static final String OFFICE_USER = "dashbrowseroffice";
  // the colours of scripts/qijin-dashboard.js, as the browser computes them
  private static final String GREEN = "rgb(92, 184, 92)";
  private static final String AMBER = "rgb(240, 173, 78)";
  private static final String RED = "rgb(217, 83, 79)";
  private static final String GREY = "rgb(184, 184, 184)";
  private static final String NEUTRAL = "rgb(245, 245, 245)";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;
  @Autowired ObligationService obligationService;
  @Autowired SupervisionRoundRepository rounds;
  @LocalServerPort int port;

  DashboardScenario scenario;
  Chromium browser;

  @BeforeEach
  void campaignOnDecember20() {
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    scenario = new DashboardScenario(new CampaignDriver(engine, units, campaigns, jdbc, uploads), units, campaigns,
        obligations, obligationService).start().toFirstDueDayEnd().toDecember20();
  }

  @AfterEach
  void closeBrowserAndResetClock() {
    if (browser != null) {
      browser.close();
    }
    ClockUtil.reset();
  }

  @Test
  void the_office_watches_the_campaign_on_the_dashboard_and_opens_an_overdue_units_process_in_cockpit() {
    browser = Chromium.start();
    try {
      loginToCockpit();
      cardOnTheStartPage();
      pluginsShareOneCommonModuleUnderStrictCsp();
      openFromTheHeaderMenu();
      matrixColouredByState();
      phasesVenuesAndOverdueUnits();
      supervisionRoundsWithTheirDocuments();
      saveDashboard();
      anEarlierQuarter();
      overdueUnitOpensItsProcessInstance();
      linksWithCampaignAndQuarter();
      theOfficeExemptsAUnitFromItsCell();
      theOfficeExtendsAUnitsDeadlineFromItsCell();
    } catch (RuntimeException | AssertionError e) {
      saveFailureEvidence();
      throw e;
    }
  }

  private void loginToCockpit() {
    WebApps.login(browser, base(), "cockpit", OFFICE_USER, WebTestUsers.PASSWORD);
    browser.await().withMessage("logged in to Cockpit").until(d -> d.getCurrentUrl().contains("#/dashboard"));
  }

  /** Cockpit's start page: the card counts the overdue obligations and links to the dashboard. */
  private void cardOnTheStartPage() {
    WebElement card = browser.await().withMessage("the 七进督导看板 card on Cockpit's start page")
        .until(presenceOfElementLocated(By.id("qj-card-overdue")));
    browser.await().until(d -> "3".equals(card.getText()));
    String text = browser.driver().findElement(By.id("qj-dashboard-card")).getText();
    assertThat(text).contains("督导看板测试活动").contains("2017年第四季度").contains("活动时钟今天：2017年12月20日")
        .contains("项季度任务逾期未履行").contains("1 / 6").contains("本季度任务已履行");
    assertThat(browser.driver().findElement(By.id("qj-card-open")).getAttribute("href")).endsWith("#/qijin-dashboard");
  }

  /**
   * The plugins of config.js's customScripts import scripts/qijin-common.js: the browser fetches it once for all three
   * (it is no customScript itself), and Cockpit's CSP with a nonce and 'strict-dynamic' lets the import through.
   */
  @SuppressWarnings("unchecked")
  private void pluginsShareOneCommonModuleUnderStrictCsp() {
    String policy = (String) browser.js(
        "return fetch(location.href).then((r) => r.headers.get('Content-Security-Policy'));");
    assertThat(policy).contains("'strict-dynamic'").contains("'nonce-");
    List<String> scripts = (List<String>) browser.js("return performance.getEntriesByType('resource')"
        + ".map((e) => new URL(e.name).pathname).filter((p) => p.indexOf('/app/cockpit/scripts/qijin-') >= 0);");
    assertThat(scripts).containsExactlyInAnyOrder(
        "/camunda/app/cockpit/scripts/qijin-dashboard.js", "/camunda/app/cockpit/scripts/qijin-consolidation.js",
        "/camunda/app/cockpit/scripts/qijin-audit.js", "/camunda/app/cockpit/scripts/qijin-units.js",
        "/camunda/app/cockpit/scripts/qijin-organisation.js", "/camunda/app/cockpit/scripts/qijin-templates.js",
        "/camunda/app/cockpit/scripts/qijin-common.js");
  }

  private void openFromTheHeaderMenu() {
    By menuEntry = By.cssSelector("ul[ng-controller='camHeaderViewsCtrl'] a[href='#/qijin-dashboard']");
    WebElement entry = browser.await().withMessage("header menu entry").until(visibilityOfElementLocated(menuEntry));
    assertThat(entry.getText().trim()).isEqualTo(label("QIJIN_DASHBOARD")).isEqualTo("七进督导看板");
    browser.click(menuEntry);
    browser.await().withMessage("dashboard route").until(d -> d.getCurrentUrl().endsWith("#/qijin-dashboard"));
    browser.await().withMessage("dashboard loaded").until(presenceOfElementLocated(By.id("qj-matrix")));
    WebElement root = browser.driver().findElement(By.id("qj-dashboard"));
    assertThat(root.getAttribute("data-campaign")).as("the newest running campaign by default")
        .isEqualTo(String.valueOf(scenario.campaign.getId()));
    assertThat(root.getAttribute("data-quarter")).as("the quarter of the server's clock, not the browser's")
        .isEqualTo("2017Q4");
    assertThat(browser.driver().findElement(menuEntry).findElement(By.xpath("./ancestor::li[1]")).getAttribute("class"))
        .as("the menu entry is marked active").contains("active");
    assertThat(new Select(browser.driver().findElement(By.id("qj-quarter"))).getFirstSelectedOption().getText())
        .isEqualTo("2017年第四季度（本季度）");
  }

  private void matrixColouredByState() {
    assertCell(scenario.onTime, "2017Q3", "FULFILLED", GREEN, "已履行");
    assertCell(scenario.late, "2017Q3", "FULFILLED_LATE", AMBER, "逾期履行");
    assertCell(scenario.ignored, "2017Q3", "ESCALATED", RED, "已督办·3级");
    assertCell(scenario.organ, "2017Q3", "ESCALATED", RED, "已督办·2级");
    assertCell(scenario.recent, "2017Q3", "ESCALATED", RED, "已督办·1级");
    assertCell(scenario.exempted, "2017Q3", "EXEMPTED", GREY, "已豁免");
    assertCell(scenario.onTime, "2017Q4", "FULFILLED", GREEN, "已履行");
    assertCell(scenario.late, "2017Q4", "DUE_SOON", AMBER, "即将到期");
    assertCell(scenario.exempted, "2017Q4", "EXTENDED", NEUTRAL, "已延期");
    assertCell(scenario.onTime, "2018Q1", "NOT_STARTED", NEUTRAL, "未开始");
    assertThat(browser.driver().findElements(By.cssSelector("#qj-matrix tbody tr"))).hasSize(6);

    // the unit's name is shown as text, its markup not interpreted
    WebElement ignoredRow = browser.driver().findElement(By.cssSelector(
        "#qj-matrix tbody tr[data-unit='" + scenario.ignored.getCode() + "']"));
    assertThat(ignoredRow.findElement(By.tagName("td")).getText()).isEqualTo(DashboardScenario.IGNORED_NAME);
    assertThat(browser.driver().findElements(By.cssSelector("#qj-dashboard i"))).isEmpty();

    assertThat(browser.driver().findElements(By.cssSelector("#qj-legend .qj-legend-item")))
        .extracting(WebElement::getText)
        .containsExactly("已履行、已提交待审核", "即将到期、逾期履行、逾期提交待审核", "已逾期、已督办", "已豁免", "未开始、进行中、已延期");
    assertThat(background(By.cssSelector("#qj-legend [data-tone='RED'] .qj-legend-swatch"))).isEqualTo(RED);
  }

  private void phasesVenuesAndOverdueUnits() {
    WebElement today = browser.driver().findElement(By.id("qj-today"));
    assertThat(today.getAttribute("data-today")).isEqualTo("2017-12-20");
    assertThat(today.getText()).isEqualTo("今天 2017年12月20日");
    assertThat(browser.driver().findElement(By.cssSelector("[data-phase='PH-2']")).getAttribute("class"))
        .contains("qj-phase-current");
    assertThat(browser.driver().findElement(By.cssSelector("[data-phase='PH-2']")).getText())
        .isEqualTo("PH-2 组织实施（进行中）");
    assertThat(browser.driver().findElement(By.cssSelector("[data-phase='PH-1']")).getAttribute("title"))
        .isEqualTo("PH-1 部署发动：2017年6月1日至2017年6月30日（已结束）");
    assertThat(browser.driver().findElements(By.cssSelector("#qj-phase-list [data-phase-dates]")))
        .extracting(WebElement::getText).containsExactly(
            "PH-1 部署发动：2017年6月1日至2017年6月30日（已结束）",
            "PH-2 组织实施：2017年7月1日至2017年12月31日（进行中）",
            "PH-3 巩固提升：2018年1月1日至2018年12月31日（未开始）");
    // today's marker lies inside PH-2's bar
    double marker = today.getLocation().getX();
    WebElement ph2 = browser.driver().findElement(By.cssSelector("[data-phase='PH-2']"));
    assertThat(marker).isBetween((double) ph2.getLocation().getX(),
        (double) ph2.getLocation().getX() + ph2.getSize().getWidth());

    assertThat(barFigure("ENTERPRISE", "checklist")).isEqualTo("2 / 32（6%）");
    assertThat(barFigure("ENTERPRISE", "obligations")).isEqualTo("1 / 4（25%）");
    assertThat(barFigure("ORGAN", "checklist")).isEqualTo("2 / 14（14%）");
    assertThat(browser.driver().findElement(By.cssSelector("[data-venue='SCHOOL']")).getText())
        .contains("0 / 1（0%）").contains("本季度无季度任务"); // FAM-1 only: every unit's duty

    browser.js("document.getElementById('qj-overdue').scrollIntoView({block: 'center'});");
    List<WebElement> rows = browser.driver().findElements(By.cssSelector("#qj-overdue tr.qj-overdue-row"));
    assertThat(rows).extracting(r -> r.getAttribute("data-unit"))
        .containsExactly(scenario.ignored.getCode(), scenario.organ.getCode(), scenario.recent.getCode());
    assertThat(rows.get(0).getText()).contains(DashboardScenario.IGNORED_NAME).contains("2017年第三季度")
        .contains("2017年9月30日").contains("81 天").contains("3级 红色约谈").contains("领导小组约谈");
    assertThat(rows.get(1).getText()).contains("10 天").contains("2级 橙色督办").contains("办公室督办");
    assertThat(rows.get(2).getText()).contains("3 天").contains("1级 黄色预警").contains("已提醒单位");

    // ORG-2: nothing waits for the office's review; PH-1: none of the seven units signed the plan (due 2017-06-30)
    assertThat(browser.driver().findElement(By.id("qj-reviews-none")).getText()).isEqualTo("没有等待办公室审核的提交。");
    List<WebElement> unsigned = browser.driver().findElements(By.cssSelector("#qj-unsigned tr.qj-unsigned-row"));
    assertThat(unsigned).hasSize(7);
    assertThat(unsigned.get(0).getText()).contains("2017年6月30日").contains("173 天");
  }

  /**
   * ORG-2: the office starts the ended quarter's supervision from the dashboard (the only ended quarter on
   * 2017-12-20 is 2017Q3), then sees the round, its state and its summary workbook to download.
   */
  private void supervisionRoundsWithTheirDocuments() {
    browser.js("document.getElementById('qj-supervisions-none').scrollIntoView({block: 'center'});");
    assertThat(browser.driver().findElement(By.id("qj-supervisions-none")).getText()).contains("还没有季度督导");
    WebElement quarter = browser.driver().findElement(By.id("qj-start-quarter"));
    assertThat(new Select(quarter).getOptions()).extracting(WebElement::getText).containsExactly("2017年第三季度");
    browser.click(browser.driver().findElement(By.id("qj-start-supervision")));
    WebElement row = browser.await().withMessage("the started round listed").until(d ->
        d.findElements(By.cssSelector("#qj-supervisions tr[data-quarter='2017Q3']")).stream().findFirst().orElse(null));
    assertThat(browser.driver().findElement(By.id("qj-start-none")).getText()).isEqualTo("已结束的季度都已启动督导。");
    assertThat(rounds.findByCampaignIdAndQuarterCode(scenario.campaign.getId(), "2017Q3").orElseThrow().getStartedBy())
        .isEqualTo(OFFICE_USER);
    assertThat(row.getText()).contains("2017年第三季度").contains("已汇总，待起草通报").contains("尚未起草")
        .contains("尚未上报");
    String workbook = row.findElement(By.cssSelector("a.qj-download")).getAttribute("href");
    Object served = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(function (r) { done(r.status + ' ' + r.headers.get('Content-Type')); },
          function (e) { done('failed ' + e); });""", workbook);
    assertThat(served).isEqualTo("200 application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
  }

  private void saveDashboard() {
    WebApps.savePageArtifact(browser, "qj-dashboard", "dashboard");
  }


  /** Choosing 2017Q3: that quarter's obligations per venue (one exempted) and the items accepted by its end. */
  private void anEarlierQuarter() {
    new Select(browser.driver().findElement(By.id("qj-quarter"))).selectByValue("2017Q3");
    browser.await().withMessage("2017Q3 shown").until(d -> "2017Q3".equals(
        d.findElement(By.id("qj-dashboard")).getAttribute("data-quarter")));
    assertThat(barFigure("ENTERPRISE", "obligations")).isEqualTo("2 / 4（50%）");
    assertThat(barFigure("ORGAN", "obligations")).isEqualTo("0 / 1（0%）");
    assertThat(barFigure("ORGAN", "checklist")).isEqualTo("1 / 14（7%）");
    assertThat(browser.driver().findElement(By.cssSelector("[data-venue='ORGAN']")).getText())
        .contains("季度任务已履行（另有 1 项已豁免）");
    assertThat(browser.driver().findElement(By.cssSelector("#qj-matrix th.qj-selected-quarter")).getText())
        .isEqualTo("2017年第三季度");
    assertCell(scenario.ignored, "2017Q3", "ESCALATED", RED, "已督办·3级");
  }

  private void overdueUnitOpensItsProcessInstance() {
    String processInstanceId = scenario.obligation(scenario.ignored, "2017Q3").getProcessInstanceId();
    By link = By.cssSelector("#qj-overdue tr[data-unit='" + scenario.ignored.getCode() + "'] a.qj-overdue-unit");
    browser.js("arguments[0].scrollIntoView({block: 'center'});", browser.driver().findElement(link));
    assertThat(browser.driver().findElement(link).getText()).isEqualTo(DashboardScenario.IGNORED_NAME);
    browser.click(link);
    browser.await().withMessage("Cockpit's process instance page")
        .until(d -> d.getCurrentUrl().contains("#/process-instance/" + processInstanceId + "/runtime"));
    browser.await().withMessage("the obligation's diagram with its open task").until(visibilityOfElementLocated(
        By.cssSelector(".djs-container svg g.djs-element[data-element-id='RecordSessionTask']")));
    browser.await().withMessage("the page shows the instance id " + processInstanceId)
        .until(d -> d.findElement(By.tagName("body")).getText().contains(processInstanceId));
    browser.screenshot("dashboard-process-instance");
  }

  /** #/qijin-dashboard?campaignId=…&quarter=… opens that quarter; a quarter outside the campaign gets the server's message. */
  private void linksWithCampaignAndQuarter() {
    String dashboard = base() + "/camunda/app/cockpit/default/#/qijin-dashboard?campaignId=" + scenario.campaign.getId();
    browser.driver().get(dashboard + "&quarter=2018Q1");
    browser.await().withMessage("2018Q1 from the link").until(d -> !d.findElements(By.id("qj-dashboard")).isEmpty()
        && "2018Q1".equals(d.findElement(By.id("qj-dashboard")).getAttribute("data-quarter")));
    assertCell(scenario.onTime, "2018Q1", "NOT_STARTED", NEUTRAL, "未开始");
    browser.driver().get(dashboard + "&quarter=2030Q1");
    WebElement error = browser.await().withMessage("the server's refusal shown")
        .until(visibilityOfElementLocated(By.id("qj-error")));
    assertThat(error.getText())
        .isEqualTo("2030年第一季度不在活动“督导看板测试活动”的季度任务期间内（2017年第三季度至2018年第四季度）");
  }

  /** REC-3, issue 14 part 4: the office exempts a unit for a quarter from its cell, with the reason on the record. */
  private void theOfficeExemptsAUnitFromItsCell() {
    browser.driver().get(base() + "/camunda/app/cockpit/default/#/qijin-dashboard?campaignId="
        + scenario.campaign.getId() + "&quarter=2017Q4");
    By cell = By.cssSelector("#qj-matrix td[data-unit='" + scenario.recent.getCode() + "'][data-quarter='2017Q3']");
    WebElement exempt = browser.await().withMessage("豁免 on the 2017Q3 cell of " + scenario.recent.getName())
        .until(d -> d.findElements(cell).isEmpty() ? null : d.findElement(cell).findElement(By.cssSelector("button.qj-exempt")));
    long obligationId = Long.parseLong(exempt.getAttribute("data-obligation-id"));
    browser.click(exempt);
    WebElement panel = browser.await().until(visibilityOfElementLocated(By.id("qj-exempt")));
    assertThat(browser.driver().findElement(By.id("qj-exempt-title")).getText())
        .startsWith("豁免：" + scenario.recent.getName()).contains("2017年第三季度");

    browser.click(By.id("qj-exempt-confirm"));
    WebElement error = browser.await().withMessage("the server's refusal of an empty reason")
        .until(visibilityOfElementLocated(By.id("qj-exempt-error")));
    assertThat(error.getText()).isEqualTo("请填写豁免理由");
    assertThat(obligations.findById(obligationId).orElseThrow().getStatus().name()).isEqualTo("OPEN");

    WebApps.type(browser, By.id("qj-exempt-reason"), "该单位第三季度停产整顿，经领导小组同意豁免");
    browser.screenshot("dashboard-exemption");
    browser.click(By.id("qj-exempt-confirm"));
    browser.await().withMessage("the matrix reloaded with the cell exempted").until(d -> !d.findElements(cell).isEmpty()
        && "EXEMPTED".equals(d.findElement(cell).getAttribute("data-state")));
    assertCell(scenario.recent, "2017Q3", "EXEMPTED", GREY, "已豁免");
    var exempted = obligations.findById(obligationId).orElseThrow();
    assertThat(exempted.getExemptionReason()).isEqualTo("该单位第三季度停产整顿，经领导小组同意豁免");
    assertThat(exempted.getExemptedBy()).isEqualTo(OFFICE_USER);
  }

  /** REC-3, issue 14 part 4: the office moves a unit's deadline from its cell; the ladder moves with it. */
  private void theOfficeExtendsAUnitsDeadlineFromItsCell() {
    By cell = By.cssSelector("#qj-matrix td[data-unit='" + scenario.late.getCode() + "'][data-quarter='2017Q4']");
    WebElement extend = browser.await().withMessage("延期 on the 2017Q4 cell of " + scenario.late.getName())
        .until(d -> d.findElements(cell).isEmpty() ? null : d.findElement(cell).findElement(By.cssSelector("button.qj-extend")));
    long obligationId = Long.parseLong(extend.getAttribute("data-obligation-id"));
    browser.click(extend);
    browser.await().until(visibilityOfElementLocated(By.id("qj-extend-until")));
    assertThat(browser.driver().findElement(By.id("qj-exempt-title")).getText())
        .startsWith("延期：" + scenario.late.getName()).contains("2017年第四季度");
    WebApps.type(browser, By.id("qj-exempt-reason"), "该单位遭受汛情，经研究同意延期");
    browser.click(By.id("qj-exempt-confirm"));
    WebElement error = browser.await().withMessage("the server's refusal of a missing date")
        .until(visibilityOfElementLocated(By.id("qj-exempt-error")));
    assertThat(error.getText()).isEqualTo("请选择延期后的到期日");
    WebApps.setDate(browser, By.id("qj-extend-until"), java.time.LocalDate.of(2018, 1, 20));
    browser.click(By.id("qj-exempt-confirm"));
    browser.await().withMessage("the matrix reloaded with the cell extended").until(d -> !d.findElements(cell).isEmpty()
        && "EXTENDED".equals(d.findElement(cell).getAttribute("data-state")));
    assertThat(java.time.LocalDate.ofInstant(obligations.findById(obligationId).orElseThrow().getDueAt(),
        java.time.ZoneId.of("Asia/Shanghai"))).isEqualTo(java.time.LocalDate.of(2018, 1, 20));
  }

  // ---- helpers

  private void assertCell(Unit unit, String quarter, String state, String colour, String text) {
    WebElement cell = browser.driver().findElement(By.cssSelector(
        "#qj-matrix td[data-unit='" + unit.getCode() + "'][data-quarter='" + quarter + "']"));
    assertThat(cell.getAttribute("data-state")).as(unit.getName() + " " + quarter).isEqualTo(state);
    assertThat(cell.getAttribute("class")).contains("qj-cell");
    assertThat(cell.getCssValue("background-color")).as(unit.getName() + " " + quarter + " colour")
        .isIn(colour, colour.replace("rgb(", "rgba(").replace(")", ", 1)"));
    boolean open = !List.of("FULFILLED", "FULFILLED_LATE", "EXEMPTED", "NOT_STARTED").contains(state);
    assertThat(cell.findElements(By.cssSelector("button.qj-exempt"))).as("豁免 on a begun, open obligation's cell")
        .hasSize(open ? 1 : 0);
    boolean extendable = List.of("OPEN", "DUE_SOON", "EXTENDED").contains(state);
    assertThat(cell.findElements(By.cssSelector("button.qj-extend"))).as("延期 while the due date has not passed")
        .hasSize(extendable ? 1 : 0);
    assertThat(open ? cell.getText().replaceFirst("\\s*豁免(\\s*延期)?$", "") : cell.getText()).isEqualTo(text);
  }

  private String background(By locator) {
    return browser.driver().findElement(locator).getCssValue("background-color").replace("rgba(", "rgb(")
        .replace(", 1)", ")");
  }

  private String barFigure(String venue, String bar) {
    return browser.driver().findElement(By.cssSelector(
        "[data-venue='" + venue + "'] [data-bar='" + bar + "'] .qj-bar-figure")).getText();
  }

  private String base() {
    return "http://localhost:" + port;
  }

  private void saveFailureEvidence() {
    WebApps.saveFailureEvidence(browser, "failure-dashboard");
  }

  /** A label of our Chinese Cockpit locale file (what a zh browser must show). */
  private static String label(String key) {
    return WebApps.label("cockpit", key);
  }
}
