package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.ObligationService;
import cn.qijin.security.Roles;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.Chromium;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebApps;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real browser (ORG-2): a campaign with two units in PH-2 — one unit's checklist item submitted, returned,
 * resubmitted and accepted, the other's submitted, the first unit's fourth quarter exempted. The office opens
 * 审计记录 from Cockpit's header menu, sees the trail newest first with actors, Chinese action names and Beijing
 * times, pages through it, narrows it by campaign, unit and action, sees the server's Chinese refusal of a start
 * date after the end date, exports the filtered trail to Excel, follows a process link to the instance in
 * Cockpit and finds the instance's events on its 审计记录 tab. The page is saved to
 * target/browser-artifacts/audit.png.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class AuditBrowserTest {

  private static final String OFFICE_USER = "auditbrowseroffice";
  private static final Set<String> PROCESS_STEPS = Set.of("PROCESS_STARTED", "PROCESS_ENDED", "TASK_COMPLETED");
  private static final String EXEMPTION_REASON = "企业第四季度停产整顿<b>";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;
  @Autowired ObligationService obligationService;
  @LocalServerPort int port;

  CampaignDriver drive;
  Campaign campaign;
  Unit returned;
  Unit other;
  String returnedUser;
  String otherUser;
  ProcessInstance otherInstance;
  ObligationEntity exempted;
  Chromium browser;

  @BeforeEach
  void campaignWithReviewsAndAnExemption() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    drive.at("2017-06-01T09:00");
    drive.as(OFFICE_USER, Roles.OFFICE, () -> {
      returned = drive.unit("ENTERPRISE");
      other = drive.unit("ENTERPRISE");
    });
    returnedUser = returned.getCode().toLowerCase();
    otherUser = other.getCode().toLowerCase();
    WebTestUsers.ensure(engine.getIdentityService(), returnedUser, returned.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), otherUser, other.groupId());
    drive.as(OFFICE_USER, Roles.OFFICE, () -> campaign = drive.start(drive.defineFromDefaultTemplate()));
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    String returnedInstance = drive.unitInstance(campaign, returned).getId();
    otherInstance = drive.unitInstance(campaign, other);

    drive.at("2017-07-10T10:00");
    drive.completeAs(returnedUser, returned.groupId(), drive.itemTask(returnedInstance, "ImplementItemTask", "ENT-6"),
        CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    drive.at("2017-07-11T09:00");
    drive.completeAs(OFFICE_USER, Roles.OFFICE, drive.itemTask(returnedInstance, "ReviewItemTask", "ENT-6"),
        CampaignDriver.returnWith("请补充签到表"));
    drive.at("2017-07-12T09:00");
    drive.completeAs(returnedUser, returned.groupId(), drive.itemTask(returnedInstance, "ImplementItemTask", "ENT-6"),
        CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    drive.at("2017-07-13T09:00");
    drive.completeAs(OFFICE_USER, Roles.OFFICE, drive.itemTask(returnedInstance, "ReviewItemTask", "ENT-6"),
        CampaignDriver.accept());
    drive.at("2017-07-14T10:00");
    drive.completeAs(otherUser, other.groupId(), drive.itemTask(otherInstance.getId(), "ImplementItemTask", "ENT-2"),
        CampaignDriver.itemRecord(LocalDate.of(2017, 7, 8)));
    exempted = obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), returned.getId())
        .stream().filter(o -> o.getQuarterCode().equals("2017Q4")).findFirst().orElseThrow();
    drive.at("2017-09-22T10:00");
    drive.as(OFFICE_USER, Roles.OFFICE, () -> obligationService.exempt(exempted.getId(), EXEMPTION_REASON));
    // the office reads the trail a few days later (the export is recorded at this time)
    drive.at("2017-09-25T15:00");
  }

  @AfterEach
  void closeBrowserAndResetClock() {
    if (browser != null) {
      browser.close();
    }
    ClockUtil.reset();
  }

  @Test
  void the_office_reads_filters_and_exports_the_audit_trail_in_cockpit() {
    browser = Chromium.start();
    try {
      WebApps.login(browser, base(), "cockpit", OFFICE_USER, WebTestUsers.PASSWORD);
      openFromTheHeaderMenu();
      theCampaignsTrailNewestFirst();
      pagesOfTen();
      saveAuditPage();
      narrowedByUnitThenByAction();
      aStartAfterTheEndIsRefusedInChinese();
      theExportCarriesTheFilters();
      aProcessLinkOpensTheInstanceWithItsAuditTab();
    } catch (RuntimeException | AssertionError e) {
      WebApps.saveFailureEvidence(browser, "failure-audit");
      throw e;
    }
  }

  private void openFromTheHeaderMenu() {
    By menuEntry = By.cssSelector("ul[ng-controller='camHeaderViewsCtrl'] a[href='#/qijin-audit']");
    WebElement entry = browser.await().withMessage("header menu entry 审计记录")
        .until(visibilityOfElementLocated(menuEntry));
    assertThat(entry.getText().trim()).isEqualTo(WebApps.label("cockpit", "QIJIN_AUDIT")).isEqualTo("审计记录");
    browser.click(menuEntry);
    browser.await().withMessage("audit route").until(d -> d.getCurrentUrl().endsWith("#/qijin-audit"));
    browser.await().withMessage("the trail loaded").until(presenceOfElementLocated(By.id("qj-audit-table")));
    assertThat(browser.driver().findElement(By.cssSelector("#qj-audit h1")).getText()).isEqualTo("审计记录");
    assertThat(browser.driver().findElement(menuEntry).findElement(By.xpath("./ancestor::li[1]")).getAttribute("class"))
        .as("the menu entry is marked active").contains("active");

    // everything recorded so far, newest first (other tests' events included), 50 a page
    List<Instant> times = rows().stream().map(r -> Instant.parse(r.getAttribute("data-occurred-at"))).toList();
    assertThat(times).hasSize(Math.min(50, total(null))).isSortedAccordingTo((a, b) -> b.compareTo(a));
    assertThat(text(summary())).startsWith("第 1 / ").endsWith("共 " + total(null) + " 条（最新的在前）");

    // the filter's choices: every action the server knows by its Chinese name, the campaigns
    Select actions = new Select(browser.driver().findElement(By.id("qj-audit-action")));
    assertThat(actions.getOptions()).extracting(WebElement::getText)
        .startsWith("全部操作", "流程启动", "流程结束", "完成任务").contains("豁免季度任务", "检查项审核退回");
    assertThat(new Select(browser.driver().findElement(By.id("qj-audit-campaign"))).getOptions())
        .extracting(o -> o.getAttribute("value")).contains("", String.valueOf(campaign.getId()));
    assertThat(browser.driver().findElement(By.id("qj-audit-from")).getAttribute("type")).isEqualTo("date");
  }

  /** The campaign's trail: the application's records newest first with actors, Chinese names and Beijing times. */
  private void theCampaignsTrailNewestFirst() {
    new Select(browser.driver().findElement(By.id("qj-audit-campaign"))).selectByValue(String.valueOf(campaign.getId()));
    search("campaignId=" + campaign.getId());
    pageSize(200);
    assertThat(rows()).as("all of the campaign's events on one page").hasSize(total("campaign_id = " + campaign.getId()));
    List<WebElement> records = rows().stream()
        .filter(r -> !PROCESS_STEPS.contains(r.getAttribute("data-action"))).toList();
    assertThat(records).extracting(r -> cell(r, "action") + " " + cell(r, "actor") + " " + cell(r, "time"))
        .containsExactly(
            "豁免季度任务 " + name(OFFICE_USER) + " 2017-09-22 10:00:00",
            "提交检查项落实情况 " + name(otherUser) + " 2017-07-14 10:00:00",
            "检查项审核通过（销号） " + name(OFFICE_USER) + " 2017-07-13 09:00:00",
            "提交检查项落实情况 " + name(returnedUser) + " 2017-07-12 09:00:00",
            "检查项审核退回 " + name(OFFICE_USER) + " 2017-07-11 09:00:00",
            "提交检查项落实情况 " + name(returnedUser) + " 2017-07-10 10:00:00",
            "启动活动 " + name(OFFICE_USER) + " 2017-06-01 09:00:00");
    WebElement exemption = records.get(0);
    assertThat(exemption.getAttribute("data-unit")).isEqualTo(returned.getCode());
    assertThat(cell(exemption, "unit")).isEqualTo(returned.getName());
    assertThat(exemption.findElement(By.cssSelector(".qj-audit-unit")).getAttribute("title"))
        .isEqualTo("单位编码 " + returned.getCode());
    assertThat(exemption.findElement(By.cssSelector(".qj-audit-actor")).getAttribute("title"))
        .isEqualTo("账号 " + OFFICE_USER);
    // what the record is called, its id as tooltip (issue 14 part 6)
    assertThat(cell(exemption, "subject")).isEqualTo("季度任务 ENT-5 2017年第四季度");
    assertThat(exemption.findElement(By.cssSelector(".qj-audit-subject")).getAttribute("title"))
        .isEqualTo("编号 " + exempted.getId());
    // the reason is shown as text, its markup not interpreted
    assertThat(cell(exemption, "detail")).contains(EXEMPTION_REASON);
    assertThat(browser.driver().findElements(By.cssSelector("#qj-audit-table b"))).isEmpty();
    // the exempted obligation's process has ended: Cockpit could not open it
    assertThat(exemption.findElements(By.cssSelector("a.qj-audit-instance"))).isEmpty();
    assertThat(text(exemption.findElement(By.cssSelector(".qj-audit-ended")))).isEqualTo("流程已结束");

    WebElement returnedReview = records.get(4);
    assertThat(cell(returnedReview, "detail")).contains("请补充签到表");
    assertThat(text(returnedReview.findElement(By.cssSelector(".qj-audit-task")))).startsWith("审核 ENT-6：");
    assertThat(text(returnedReview.findElement(By.cssSelector("a.qj-audit-instance")))).isEqualTo("查看流程实例");
    // the process steps are there too, by the users who completed them
    assertThat(rows()).anySatisfy(r -> {
      assertThat(cell(r, "action")).isEqualTo("完成任务");
      assertThat(cell(r, "actor")).isEqualTo(name(otherUser));
    });
  }

  private void pagesOfTen() {
    int total = total("campaign_id = " + campaign.getId());
    int pages = (total + 9) / 10;
    assertThat(pages).isGreaterThan(1);
    pageSize(10);
    assertThat(rows()).hasSize(10);
    assertThat(text(summary())).isEqualTo("第 1 / " + pages + " 页，共 " + total + " 条（最新的在前）");
    assertThat(browser.driver().findElement(By.id("qj-audit-previous")).isEnabled()).isFalse();
    Instant lastOfFirstPage = Instant.parse(rows().get(9).getAttribute("data-occurred-at"));
    String firstIdOfFirstPage = rows().get(0).getAttribute("data-id");
    browser.click(By.id("qj-audit-next"));
    browser.await().withMessage("page 2").until(d -> "1".equals(d.findElement(By.id("qj-audit")).getAttribute("data-page"))
        && d.findElement(By.id("qj-audit")).getAttribute("aria-busy") == null);
    assertThat(text(summary())).isEqualTo("第 2 / " + pages + " 页，共 " + total + " 条（最新的在前）");
    assertThat(rows()).hasSize(Math.min(10, total - 10));
    assertThat(Instant.parse(rows().get(0).getAttribute("data-occurred-at"))).isBeforeOrEqualTo(lastOfFirstPage);
    assertThat(browser.driver().findElement(By.id("qj-audit-previous")).isEnabled()).isTrue();
    browser.click(By.id("qj-audit-previous"));
    browser.await().withMessage("back on page 1").until(d -> "0".equals(d.findElement(By.id("qj-audit")).getAttribute("data-page"))
        && d.findElement(By.id("qj-audit")).getAttribute("aria-busy") == null);
    assertThat(rows().get(0).getAttribute("data-id")).isEqualTo(firstIdOfFirstPage);
  }

  private void saveAuditPage() {
    WebApps.savePageArtifact(browser, "qj-audit", "audit");
  }


  private void narrowedByUnitThenByAction() {
    new Select(browser.driver().findElement(By.id("qj-audit-campaign"))).selectByValue("");
    WebApps.type(browser, By.id("qj-audit-unit"), returned.getCode());
    search("unitCode=" + returned.getCode());
    pageSize(200);
    assertThat(rows()).as("the unit's events").hasSize(total("unit_id = " + returned.getId()));
    assertThat(rows()).allSatisfy(r -> assertThat(r.getAttribute("data-unit")).isEqualTo(returned.getCode()));
    assertThat(rows()).extracting(r -> r.getAttribute("data-action"))
        .contains("OBLIGATION_EXEMPTED", "CHECKLIST_RETURNED", "CHECKLIST_ACCEPTED", "UNIT_CREATED")
        .doesNotContain("CAMPAIGN_STARTED");
    assertThat(rows()).noneSatisfy(r -> assertThat(r.getAttribute("data-actor")).isEqualTo(otherUser));

    new Select(browser.driver().findElement(By.id("qj-audit-action"))).selectByVisibleText("提交检查项落实情况");
    search("unitCode=" + returned.getCode() + "&action=CHECKLIST_SUBMITTED");
    assertThat(rows()).extracting(r -> cell(r, "action") + " " + cell(r, "actor") + " " + cell(r, "time"))
        .containsExactly("提交检查项落实情况 " + name(returnedUser) + " 2017-07-12 09:00:00",
            "提交检查项落实情况 " + name(returnedUser) + " 2017-07-10 10:00:00");
    assertThat(text(summary())).isEqualTo("第 1 / 1 页，共 2 条（最新的在前）");

    new Select(browser.driver().findElement(By.id("qj-audit-action"))).selectByValue("OBLIGATION_EXEMPTED");
    search("unitCode=" + returned.getCode() + "&action=OBLIGATION_EXEMPTED");
    assertThat(rows()).extracting(r -> cell(r, "action") + " " + cell(r, "actor") + " " + cell(r, "time"))
        .containsExactly("豁免季度任务 " + name(OFFICE_USER) + " 2017-09-22 10:00:00");
  }

  private void aStartAfterTheEndIsRefusedInChinese() {
    WebApps.setDate(browser, By.id("qj-audit-from"), LocalDate.of(2017, 9, 30));
    WebApps.setDate(browser, By.id("qj-audit-to"), LocalDate.of(2017, 9, 1));
    browser.click(By.id("qj-audit-search"));
    WebElement error = browser.await().withMessage("the server's refusal shown")
        .until(visibilityOfElementLocated(By.id("qj-audit-error")));
    assertThat(error.getText()).isEqualTo("起始日期 2017-09-30 不能晚于截止日期 2017-09-01");
    assertThat(browser.driver().findElements(By.id("qj-audit-table"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("qj-audit-export"))).as("no export of a refused filter").isEmpty();

    WebApps.setDate(browser, By.id("qj-audit-from"), LocalDate.of(2017, 9, 1));
    WebApps.setDate(browser, By.id("qj-audit-to"), LocalDate.of(2017, 9, 30));
    search("from=2017-09-01&to=2017-09-30&unitCode=" + returned.getCode() + "&action=OBLIGATION_EXEMPTED");
    assertThat(browser.driver().findElement(By.id("qj-audit-error")).isDisplayed()).isFalse();
    assertThat(rows()).hasSize(1);
  }

  /** The link carries the shown list's filters; fetched with the page's session it is the workbook of that list. */
  @SuppressWarnings("unchecked")
  private void theExportCarriesTheFilters() {
    WebElement link = browser.driver().findElement(By.id("qj-audit-export"));
    assertThat(text(link)).isEqualTo("导出 Excel");
    assertThat(link.getAttribute("href")).isEqualTo(base() + "/api/audit/export.xlsx?from=2017-09-01&to=2017-09-30"
        + "&unitCode=" + returned.getCode() + "&action=OBLIGATION_EXEMPTED");
    Map<String, Object> download = (Map<String, Object>) browser.js("""
        return fetch(arguments[0].href, { credentials: 'same-origin' }).then(r => r.arrayBuffer().then(b => {
          let binary = '';
          new Uint8Array(b).forEach(x => { binary += String.fromCharCode(x); });
          return { status: r.status, type: r.headers.get('content-type'), body: btoa(binary) };
        }));""", link);
    assertThat(download).containsEntry("status", 200L)
        .containsEntry("type", "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");
    byte[] xlsx = Base64.getDecoder().decode((String) download.get("body"));
    try (var book = new XSSFWorkbook(new ByteArrayInputStream(xlsx))) {
      var sheet = book.getSheet("审计记录");
      assertThat(sheet.getLastRowNum()).as("one row besides the header").isEqualTo(1);
      assertThat(sheet.getRow(1).getCell(1).getStringCellValue()).isEqualTo(name(OFFICE_USER));
      assertThat(sheet.getRow(1).getCell(2).getStringCellValue()).isEqualTo(OFFICE_USER);
      assertThat(sheet.getRow(1).getCell(3).getStringCellValue()).isEqualTo("豁免季度任务");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(jdbc.queryForObject("select count(*) from audit_event where action = 'AUDIT_EXPORTED' and actor = ?"
        + " and unit_id = ?", Integer.class, OFFICE_USER, returned.getId())).as("the export is audited").isEqualTo(1);
  }

  private void aProcessLinkOpensTheInstanceWithItsAuditTab() {
    browser.click(By.id("qj-audit-clear"));
    browser.await().withMessage("filters cleared").until(d -> "".equals(
        d.findElement(By.id("qj-audit")).getAttribute("data-query")));
    WebApps.type(browser, By.id("qj-audit-unit"), other.getCode());
    new Select(browser.driver().findElement(By.id("qj-audit-action"))).selectByValue("CHECKLIST_SUBMITTED");
    search("unitCode=" + other.getCode() + "&action=CHECKLIST_SUBMITTED");
    WebElement submission = rows().get(0);
    assertThat(submission.getAttribute("data-process-instance")).isEqualTo(otherInstance.getId());
    browser.click(submission.findElement(By.cssSelector("a.qj-audit-instance")));
    browser.await().withMessage("Cockpit's process instance page")
        .until(d -> d.getCurrentUrl().contains("#/process-instance/" + otherInstance.getId() + "/runtime"));
    browser.await().withMessage("the page shows the instance id " + otherInstance.getId())
        .until(d -> d.findElement(By.tagName("body")).getText().contains(otherInstance.getId()));

    By tab = By.xpath("//div[contains(@class,'ctn-content-bottom')]//ul[contains(@class,'nav-tabs')]"
        + "//a[normalize-space()='" + WebApps.label("cockpit", "QIJIN_AUDIT") + "']");
    browser.click(tab);
    browser.await().withMessage("the instance's audit tab").until(presenceOfElementLocated(By.id("qj-audit-tab-table")));
    List<WebElement> tabRows = browser.driver().findElements(By.cssSelector("#qj-audit-tab-table tr.qj-audit-row"));
    assertThat(tabRows).extracting(r -> r.getAttribute("data-action"))
        .containsExactly("CHECKLIST_SUBMITTED", "TASK_COMPLETED", "PROCESS_STARTED");
    assertThat(tabRows).allSatisfy(r ->
        assertThat(r.getAttribute("data-process-instance")).isEqualTo(otherInstance.getId()));
    assertThat(cell(tabRows.get(0), "actor")).isEqualTo(name(otherUser));
    assertThat(text(browser.driver().findElement(By.id("qj-audit-tab-summary"))))
        .isEqualTo("共 3 条（最新的在前，北京时间）");
    browser.screenshot("audit-process-instance-tab");

    browser.click(By.id("qj-audit-tab-open"));
    browser.await().withMessage("the audit page filtered by the instance")
        .until(d -> !d.findElements(By.id("qj-audit")).isEmpty() && ("processInstanceId=" + otherInstance.getId())
            .equals(d.findElement(By.id("qj-audit")).getAttribute("data-query")));
    assertThat(browser.driver().findElement(By.id("qj-audit-process")).getAttribute("value"))
        .isEqualTo(otherInstance.getId());
    assertThat(rows()).hasSize(3);
  }

  // ---- helpers

  /** Presses 查询 and waits for the list of exactly these filters. */
  /** The name the trail shows for a test account (WebTestUsers: first name the login, last name 测试). */
  private static String name(String user) {
    return user + " 测试";
  }

  private void search(String expectedQuery) {
    browser.click(By.id("qj-audit-search"));
    browser.await().withMessage("list for " + expectedQuery).until(d -> {
      WebElement root = d.findElement(By.id("qj-audit"));
      return expectedQuery.equals(root.getAttribute("data-query")) && root.getAttribute("aria-busy") == null;
    });
  }

  /** Chooses how many a page and waits for the first page of that size. */
  private void pageSize(int size) {
    new Select(browser.driver().findElement(By.id("qj-audit-size"))).selectByValue(String.valueOf(size));
    browser.await().withMessage(size + " a page").until(d -> {
      WebElement root = d.findElement(By.id("qj-audit"));
      return String.valueOf(size).equals(root.getAttribute("data-page-size")) && root.getAttribute("aria-busy") == null;
    });
  }

  private List<WebElement> rows() {
    return browser.driver().findElements(By.cssSelector("#qj-audit-table tr.qj-audit-row"));
  }

  private WebElement summary() {
    return browser.driver().findElement(By.id("qj-audit-summary"));
  }

  private static String cell(WebElement row, String column) {
    return text(row.findElement(By.cssSelector("td.qj-audit-" + column)));
  }

  /** The element's text even where Cockpit's scrolling content hides it from getText(). */
  private static String text(WebElement element) {
    return element.getDomProperty("textContent").trim();
  }

  private int total(String where) {
    return jdbc.queryForObject("select count(*) from audit_event" + (where == null ? "" : " where " + where),
        Integer.class);
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
