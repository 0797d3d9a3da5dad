package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.security.Roles;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.Chromium;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebApps;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.List;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
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
 * The real browser (PH-3, ORG-2): the office opens 巩固提升 from Cockpit's header menu, picks two accepted evidence
 * records of one unit (after the server refused two units' records), records a good example and finds it in the
 * library with its evidence files, filters the library and downloads the Excel export, turns the example into a
 * standing rule, records a problem (a due date outside PH-3 is refused in Chinese, a valid one is listed) and opens
 * the problem's process instance in Cockpit; the leadership group reads the page, the server refuses its records. The
 * page is saved to target/browser-artifacts/consolidation.png.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class ConsolidationBrowserTest {

  private static final String OFFICE_USER = "conbrowseroffice";
  private static final String LEADER_USER = "conbrowserleader";
  private static final String EXAMPLE = "班组事故案例讨论会<i>试点</i>";
  private static final String RULE = "班组事故案例讨论制度";
  private static final String PROBLEM = "应急预案未按期演练";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @LocalServerPort int port;

  CampaignDriver drive;
  Campaign campaign;
  Unit a;
  Unit b;
  Long acceptedA1;
  Long acceptedA2;
  Long submittedA;
  Long acceptedB;
  Chromium browser;

  /** Unit a has ENT-6 and ENT-1 accepted and ENT-2 only submitted; unit b has COM-1 accepted. */
  @BeforeEach
  void campaignWithAcceptedEvidence() {
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), LEADER_USER, Roles.LEADERSHIP);
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    a = drive.unit("ENTERPRISE");
    b = drive.unit("COMMUNITY");
    campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    drive.at("2017-07-10T10:00");
    ProcessInstance ua = drive.unitInstance(campaign, a);
    ProcessInstance ub = drive.unitInstance(campaign, b);
    for (String item : List.of("ENT-6", "ENT-1", "ENT-2")) {
      drive.completeAs("u1", a.groupId(), drive.itemTask(ua.getId(), "ImplementItemTask", item),
          CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    }
    drive.completeAs("office", Roles.OFFICE, drive.itemTask(ua.getId(), "ReviewItemTask", "ENT-6"), CampaignDriver.accept());
    drive.completeAs("office", Roles.OFFICE, drive.itemTask(ua.getId(), "ReviewItemTask", "ENT-1"), CampaignDriver.accept());
    drive.completeAs("u2", b.groupId(), drive.itemTask(ub.getId(), "ImplementItemTask", "COM-1"),
        CampaignDriver.itemRecord(LocalDate.of(2017, 7, 6)));
    drive.completeAs("office", Roles.OFFICE, drive.itemTask(ub.getId(), "ReviewItemTask", "COM-1"), CampaignDriver.accept());
    acceptedA1 = evidenceOf(a, "ENT-6");
    acceptedA2 = evidenceOf(a, "ENT-1");
    submittedA = evidenceOf(a, "ENT-2");
    acceptedB = evidenceOf(b, "COM-1");
  }

  @AfterEach
  void closeBrowserAndResetClock() {
    if (browser != null) {
      browser.close();
    }
    ClockUtil.reset();
  }

  @Test
  void the_office_records_a_good_example_a_standing_rule_and_a_problem_on_the_consolidation_page() {
    browser = Chromium.start();
    try {
      WebApps.login(browser, base(), "cockpit", OFFICE_USER, WebTestUsers.PASSWORD);
      openFromTheHeaderMenu();
      onlyTheCampaignsAcceptedEvidenceIsOffered();
      twoUnitsAreRefusedThenTwoRecordsOfOneUnitBecomeAnExample();
      theLibraryShowsTheExampleWithItsEvidence();
      filtersAndTheExcelExport();
      theExampleBecomesAStandingRule();
      problemsWithAChineseRefusalThenListed();
      saveConsolidationPage();
      theProblemOpensItsProcessInstance();
      theLeadershipReadsButTheServerRefusesItsRecords();
    } catch (RuntimeException | AssertionError e) {
      WebApps.saveFailureEvidence(browser, "failure-consolidation");
      throw e;
    }
  }

  private void openFromTheHeaderMenu() {
    browser.await().withMessage("logged in to Cockpit").until(d -> d.getCurrentUrl().contains("#/dashboard"));
    By menuEntry = By.cssSelector("ul[ng-controller='camHeaderViewsCtrl'] a[href='#/qijin-consolidation']");
    WebElement entry = browser.await().withMessage("header menu entry").until(visibilityOfElementLocated(menuEntry));
    assertThat(entry.getText().trim()).isEqualTo(WebApps.label("cockpit", "QIJIN_CONSOLIDATION")).isEqualTo("巩固提升");
    browser.click(menuEntry);
    browser.await().withMessage("consolidation route").until(d -> d.getCurrentUrl().endsWith("#/qijin-consolidation"));
    browser.await().withMessage("page loaded").until(presenceOfElementLocated(By.id("qjc-pick-table")));
    assertThat(browser.driver().findElement(By.id("qjc-page")).getAttribute("data-campaign"))
        .as("the running campaign by default").isEqualTo(String.valueOf(campaign.getId()));
    assertThat(browser.driver().findElement(menuEntry).findElement(By.xpath("./ancestor::li[1]")).getAttribute("class"))
        .contains("active");
    // textContent: the sections below the window are outside Cockpit's scrolled view
    assertThat(browser.driver().findElements(By.cssSelector("#qjc-page h2"))).extracting(h -> h.getAttribute("textContent"))
        .containsExactly("典型经验库", "选为典型（从本活动审核通过的佐证材料中选取）", "常态化制度", "问题整改");
    assertThat(browser.driver().findElement(By.id("qjc-examples-none")).getText()).isEqualTo("没有符合条件的典型经验。");
    assertThat(browser.driver().findElement(By.id("qjc-problems-none")).getAttribute("textContent"))
        .isEqualTo("本活动尚未登记需要整改的问题。");
  }

  private void onlyTheCampaignsAcceptedEvidenceIsOffered() {
    assertThat(pickRows()).containsExactlyInAnyOrder(acceptedA1, acceptedA2, acceptedB).doesNotContain(submittedA);
    WebElement row = browser.driver().findElement(By.cssSelector("#qjc-pick-table tr[data-evidence='" + acceptedA1 + "']"));
    assertThat(row.getText()).contains(a.getName()).contains("企业").contains("ENT-6").contains("2017年7月5日")
        .contains("T5 安全生产知识技能、T6 事故警示教育").contains("开展了安全教育。").contains("现场照片.png");
    new Select(browser.driver().findElement(By.cssSelector("#qjc-pick-filter select[name='venue']"))).selectByValue("COMMUNITY");
    browser.click(By.id("qjc-pick-search"));
    browser.await().withMessage("only the community's evidence").until(d -> pickRows().equals(List.of(acceptedB)));
    new Select(browser.driver().findElement(By.cssSelector("#qjc-pick-filter select[name='venue']"))).selectByValue("");
    browser.click(By.id("qjc-pick-search"));
    browser.await().withMessage("all accepted evidence again").until(d -> pickRows().size() == 3);
  }

  private void twoUnitsAreRefusedThenTwoRecordsOfOneUnitBecomeAnExample() {
    tick(acceptedA1);
    tick(acceptedB);
    WebApps.type(browser, By.id("qjc-pick-title"), EXAMPLE);
    WebApps.type(browser, By.id("qjc-pick-description"), "每月以本企业未遂事件为案例，班组逐人发言");
    browser.click(By.id("qjc-pick-submit"));
    WebElement message = browser.await().withMessage("the server's refusal")
        .until(visibilityOfElementLocated(By.id("qjc-pick-message")));
    assertThat(message.getText()).isEqualTo("所选佐证材料来自不同单位，一条典型经验只能来自一个单位，请分别登记");
    assertThat(message.getAttribute("class")).contains("qjc-error");
    assertThat(jdbc.queryForObject("select count(*) from consolidation_record where campaign_id = ?", Long.class,
        campaign.getId())).isZero();

    tick(acceptedB);
    tick(acceptedA2);
    browser.click(By.id("qjc-pick-submit"));
    browser.await().withMessage("recorded").until(d -> d.findElement(By.id("qjc-pick-message")).getText()
        .startsWith("已登记典型经验“" + EXAMPLE + "”"));
    Long exampleId = jdbc.queryForObject("select id from consolidation_record where campaign_id = ? and kind = 'GOOD_EXAMPLE'",
        Long.class, campaign.getId());
    assertThat(jdbc.queryForList("select evidence_id from consolidation_evidence where record_id = ?", Long.class,
        exampleId)).containsExactlyInAnyOrder(acceptedA1, acceptedA2);
    assertThat(browser.driver().findElement(By.id("qjc-pick-title")).getAttribute("value")).isEmpty();
    assertThat(browser.driver().findElements(By.cssSelector("input.qjc-pick:checked"))).isEmpty();
  }

  private void theLibraryShowsTheExampleWithItsEvidence() {
    WebElement card = shown(browser.await().withMessage("the library refreshed")
        .until(presenceOfElementLocated(By.cssSelector("#qjc-examples .qjc-example"))));
    assertThat(browser.driver().findElements(By.cssSelector("#qjc-examples .qjc-example"))).hasSize(1);
    assertThat(card.findElement(By.className("qjc-example-title")).getText()).as("markup shown as text").isEqualTo(EXAMPLE);
    assertThat(browser.driver().findElements(By.cssSelector("#qjc-page i"))).isEmpty();
    assertThat(card.findElement(By.className("qjc-example-unit")).getText())
        .isEqualTo("单位：" + a.getName() + "（" + a.getCode() + "）");
    assertThat(card.findElement(By.className("qjc-example-venue")).getText()).isEqualTo("场所：企业");
    assertThat(card.findElement(By.className("qjc-example-themes")).getText())
        .isEqualTo("主题：T5 安全生产知识技能、T6 事故警示教育");
    assertThat(card.findElement(By.className("qjc-description")).getText()).isEqualTo("每月以本企业未遂事件为案例，班组逐人发言");
    assertThat(card.findElements(By.cssSelector(".qjc-evidence-list li"))).extracting(e -> e.getAttribute("data-evidence"))
        .containsExactlyInAnyOrder(String.valueOf(acceptedA1), String.valueOf(acceptedA2));
    assertThat(card.findElement(By.cssSelector(".qjc-rule-state .qjc-badge")).getText()).isEqualTo("尚未形成常态化制度");
    List<WebElement> files = card.findElements(By.cssSelector("a.qjc-file"));
    assertThat(files).hasSize(2).allSatisfy(f -> {
      assertThat(f.getText()).isEqualTo("现场照片.png");
      assertThat(f.getAttribute("href")).matches(".*/api/evidence/files/\\d+$");
    });
    assertThat(fetchInPage(files.get(0).getAttribute("href"))).startsWith("200 image/png ");
  }

  private void filtersAndTheExcelExport() {
    filterLibrary("theme", "T1");
    browser.await().withMessage("no example about T1").until(presenceOfElementLocated(By.id("qjc-examples-none")));
    assertThat(browser.driver().findElement(By.id("qjc-export")).getAttribute("href"))
        .endsWith("/api/good-examples/export?campaign=" + campaign.getId() + "&theme=T1");
    browser.click(By.id("qjc-library-reset"));
    browser.await().until(presenceOfElementLocated(By.cssSelector("#qjc-examples .qjc-example")));
    new Select(browser.driver().findElement(By.cssSelector("#qjc-library-filter select[name='unit']")))
        .selectByValue(a.getCode());
    WebApps.type(browser, By.cssSelector("#qjc-library-filter input[name='text']"), "未遂");
    filterLibrary("venue", "ENTERPRISE");
    browser.await().withMessage("export carries the filters").until(d -> d.findElement(By.id("qjc-export"))
        .getAttribute("href").contains("&venue=ENTERPRISE"));
    assertThat(browser.driver().findElements(By.cssSelector("#qjc-examples .qjc-example"))).hasSize(1);
    String export = browser.driver().findElement(By.id("qjc-export")).getAttribute("href");
    assertThat(export).contains("campaign=" + campaign.getId()).contains("unit=" + a.getCode())
        .contains("text=%E6%9C%AA%E9%81%82");
    assertThat(browser.driver().findElement(By.id("qjc-export")).getText()).isEqualTo("导出 Excel");
    String served = fetchInPage(export);
    assertThat(served).startsWith("200 " + XLSX + " ").endsWith(" PK");
    browser.click(By.id("qjc-library-reset"));
    browser.await().until(d -> !d.findElement(By.id("qjc-export")).getAttribute("href").contains("venue="));
  }

  private void theExampleBecomesAStandingRule() {
    browser.click(By.cssSelector("#qjc-examples .qjc-example .qjc-rule-open"));
    WebElement form = browser.await().until(visibilityOfElementLocated(By.cssSelector("form.qjc-rule-form")));
    String prefix = "qjc-rule-" + form.getAttribute("data-example");
    WebApps.type(browser, By.id(prefix + "-title"), RULE);
    WebApps.type(browser, By.id(prefix + "-text"), "各班组每月召开一次事故案例讨论会。");
    browser.click(form.findElement(By.className("qjc-rule-submit")));
    WebElement message = browser.await().withMessage("date missing")
        .until(visibilityOfElementLocated(By.id(prefix + "-message")));
    assertThat(message.getText()).isEqualTo("请填写施行日期");
    WebApps.setDate(browser, By.id(prefix + "-date"), LocalDate.of(2018, 7, 1));
    browser.click(form.findElement(By.className("qjc-rule-submit")));
    browser.await().withMessage("the rule listed").until(presenceOfElementLocated(By.id("qjc-rules")));
    WebElement state = shown(browser.await().until(presenceOfElementLocated(
        By.cssSelector("#qjc-examples .qjc-example .qjc-rule-state[data-rule]:not([data-rule=''])"))));
    assertThat(state.getText()).isEqualTo("已形成常态化制度 " + RULE + "（2018年7月1日起施行）");
    assertThat(browser.driver().findElements(By.cssSelector(".qjc-rule-open"))).isEmpty();
    List<WebElement> rules = browser.driver().findElements(By.cssSelector("#qjc-rules tbody tr"));
    assertThat(rules).hasSize(1);
    assertThat(shown(rules.get(0)).getText()).contains(RULE).contains("各班组每月召开一次事故案例讨论会。")
        .contains("2018年7月1日").contains(EXAMPLE).contains("办公室登记");
  }

  private void problemsWithAChineseRefusalThenListed() {
    WebApps.type(browser, By.id("qjc-problem-title"), PROBLEM);
    WebApps.type(browser, By.id("qjc-problem-description"), "上半年未组织应急演练");
    new Select(browser.driver().findElement(By.id("qjc-problem-owner"))).selectByValue(a.getCode());
    WebApps.setDate(browser, By.id("qjc-problem-due"), LocalDate.of(2017, 12, 31));
    browser.click(By.id("qjc-problem-submit"));
    WebElement message = browser.await().withMessage("due date outside PH-3 refused")
        .until(visibilityOfElementLocated(By.id("qjc-problem-message")));
    assertThat(message.getText()).isEqualTo("整改期限（巩固提升阶段内）须在 2018-01-01 至 2018-12-31 之间");
    assertThat(browser.driver().findElements(By.id("qjc-problems"))).isEmpty();

    WebApps.setDate(browser, By.id("qjc-problem-due"), LocalDate.of(2018, 6, 30));
    browser.click(By.id("qjc-problem-submit"));
    WebElement row = browser.await().withMessage("the problem listed")
        .until(presenceOfElementLocated(By.cssSelector("#qjc-problems tr.qjc-problem")));
    assertThat(shown(browser.driver().findElement(By.id("qjc-problem-message"))).getText())
        .isEqualTo("已登记问题“" + PROBLEM + "”，已交" + a.getName() + "整改。");
    shown(row);
    assertThat(row.findElement(By.className("qjc-problem-title")).getText()).isEqualTo(PROBLEM);
    assertThat(row.findElement(By.className("qjc-problem-owner")).getText()).isEqualTo(a.getName());
    assertThat(row.findElement(By.className("qjc-problem-due")).getText()).isEqualTo("2018年6月30日");
    assertThat(row.findElement(By.className("qjc-problem-status")).getText()).isEqualTo("整改中");
    assertThat(row.getAttribute("data-status")).isEqualTo("RECTIFYING");
  }

  private void saveConsolidationPage() {
    WebApps.savePageArtifact(browser, "qjc-page", "consolidation");
  }


  private void theProblemOpensItsProcessInstance() {
    String processInstanceId = jdbc.queryForObject(
        "select process_instance_id from consolidation_record where campaign_id = ? and kind = 'PROBLEM'", String.class,
        campaign.getId());
    WebElement row = browser.driver().findElement(By.cssSelector("#qjc-problems tr.qjc-problem"));
    assertThat(row.getAttribute("data-process-instance")).isEqualTo(processInstanceId);
    browser.click(By.cssSelector("#qjc-problems a.qjc-problem-instance"));
    browser.await().withMessage("Cockpit's process instance page")
        .until(d -> d.getCurrentUrl().contains("#/process-instance/" + processInstanceId + "/runtime"));
    browser.await().withMessage("the problem's diagram with its open task").until(visibilityOfElementLocated(
        By.cssSelector(".djs-container svg g.djs-element[data-element-id='RectifyProblemTask']")));
    browser.await().withMessage("the page shows the instance id " + processInstanceId)
        .until(d -> d.findElement(By.tagName("body")).getText().contains(processInstanceId));
    browser.screenshot("consolidation-problem-instance");
  }

  /** ORG-1: a member of the leadership group reads the page; recording is the office's, in the server's words. */
  private void theLeadershipReadsButTheServerRefusesItsRecords() {
    browser.close();
    browser = Chromium.start();
    WebApps.login(browser, base(), "cockpit", LEADER_USER, WebTestUsers.PASSWORD);
    browser.await().withMessage("logged in to Cockpit").until(d -> d.getCurrentUrl().contains("#/dashboard"));
    browser.driver().get(base() + "/camunda/app/cockpit/default/#/qijin-consolidation?campaignId=" + campaign.getId());
    WebElement card = shown(browser.await().withMessage("the library for the leadership group")
        .until(presenceOfElementLocated(By.cssSelector("#qjc-examples .qjc-example"))));
    assertThat(card.findElement(By.className("qjc-example-title")).getText()).isEqualTo(EXAMPLE);
    assertThat(browser.driver().findElements(By.cssSelector("#qjc-problems tr.qjc-problem"))).hasSize(1);
    assertThat(browser.driver().findElements(By.cssSelector("#qjc-rules tbody tr"))).hasSize(1);
    WebApps.type(browser, By.id("qjc-problem-title"), "领导小组登记的问题");
    WebApps.setDate(browser, By.id("qjc-problem-due"), LocalDate.of(2018, 6, 30));
    browser.click(By.id("qjc-problem-submit"));
    WebElement message = browser.await().withMessage("the server's refusal")
        .until(visibilityOfElementLocated(By.id("qjc-problem-message")));
    assertThat(message.getText()).isEqualTo("只有活动办公室可以进行此操作");
    assertThat(browser.driver().findElements(By.cssSelector("#qjc-problems tr.qjc-problem"))).hasSize(1);
  }

  // ---- helpers

  /** Scrolled into the middle of Cockpit's view: Selenium reads the text of what a user could see only. */
  private WebElement shown(WebElement element) {
    browser.js("arguments[0].scrollIntoView({block: 'center'});", element);
    return element;
  }

  private List<Long> pickRows() {
    return browser.driver().findElements(By.cssSelector("#qjc-pick-table tbody tr")).stream()
        .map(r -> Long.valueOf(r.getAttribute("data-evidence"))).toList();
  }

  private void tick(Long evidenceId) {
    browser.click(By.id("qjc-pick-" + evidenceId));
  }

  private void filterLibrary(String select, String value) {
    new Select(browser.driver().findElement(By.cssSelector("#qjc-library-filter select[name='" + select + "']")))
        .selectByValue(value);
    browser.click(By.id("qjc-library-search"));
  }

  /** Fetches the URL with the page's session: "status content-type bytes first-two-characters". */
  private String fetchInPage(String url) {
    return (String) ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
            var done = arguments[arguments.length - 1];
            fetch(arguments[0], { credentials: 'same-origin' }).then(function (r) {
              return r.arrayBuffer().then(function (b) {
                var head = String.fromCharCode.apply(null, new Uint8Array(b.slice(0, 2)));
                done(r.status + ' ' + (r.headers.get('Content-Type') || '').split(';')[0] + ' ' + b.byteLength + ' ' + head);
              });
            }, function (e) { done('failed ' + e); });""", url);
  }

  private Long evidenceOf(Unit unit, String itemCode) {
    return jdbc.queryForObject("select e.id from evidence e join checklist_item i on i.id = e.checklist_item_id"
        + " where e.unit_id = ? and i.code = ?", Long.class, unit.getId(), itemCode);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
