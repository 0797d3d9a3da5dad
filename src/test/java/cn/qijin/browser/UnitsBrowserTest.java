package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.security.Roles;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.Chromium;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebApps;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import cn.qijin.unit.UnitSheets;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 part 1 in a real browser, as the office's clerk who has never seen curl: opens 单位与账号 from Cockpit's
 * header menu, downloads the template, checks and imports a sheet of 20 units with their accounts (the preview, the
 * progress, the initial passwords), then a sheet with bad rows (each row named, nothing imported), searches the
 * registry, deactivates a unit, adds an imported unit to the running campaign (part 4), gives a unit a new account and
 * resets its password, withdraws that unit from the campaign with a reason — and the imported unit's account logs in to Tasklist and sees its task (签收工作方案). The
 * leadership group sees the page without its buttons. Saved to target/browser-artifacts/units.png.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class UnitsBrowserTest {

  private static final String OFFICE_USER = "unitsbrowseroffice";
  private static final String LEADER_USER = "unitsbrowserleader";
  private static final String XLSX = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @LocalServerPort int port;
  @TempDir Path files;

  Unit inCampaign;
  Campaign campaign;
  Chromium browser;

  /** A running campaign in PH-1 whose one unit has 签收工作方案 to do. */
  @BeforeEach
  void aRunningCampaign() {
    ClockUtil.reset();
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), LEADER_USER, Roles.LEADERSHIP);
    CampaignDriver drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    inCampaign = drive.unit("SCHOOL");
    LocalDate today = CampaignClock.today();
    campaign = campaigns.start(campaigns.define(new CampaignRequest(null, null, "单位与账号测试活动", null,
        today.minusDays(5), today.plusDays(20), today.plusDays(21), today.plusDays(80),
        today.plusDays(81), today.plusDays(170)), OFFICE_USER).getId());
    drive.completeAs(OFFICE_USER, Roles.OFFICE, drive.task(campaign.getProcessInstanceId(), "IssuePlanTask"),
        Map.of("planDocumentNumber", "台经信字〔" + today.getYear() + "〕43号",
            "planIssueDate", today.minusDays(4).toString()));
    drive.runDueJobsOf(campaign.getProcessInstanceId());
  }

  @AfterEach
  void closeBrowser() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void the_office_registers_units_from_a_sheet_and_gives_a_unit_an_account_that_sees_its_tasks() throws IOException {
    browser = Chromium.start();
    try {
      WebApps.login(browser, base(), "cockpit", OFFICE_USER, WebTestUsers.PASSWORD);
      openFromTheHeaderMenu();
      theTemplateDownloads();
      String password = aSheetOfTwentyUnitsIsCheckedThenImported();
      aSheetWithBadRowsIsRefusedRowByRow();
      theRegistryIsSearchedAndAUnitDeactivated();
      anImportedUnitJoinsTheRunningCampaign();
      aUnitInTheCampaignGetsANewAccount();
      WebApps.savePageArtifact(browser, "qijin-units", "units");
      aUnitIsWithdrawnFromTheCampaignWithAReason();
      theImportedAccountSeesItsUnitsTaskInTasklist(password);
      theLeadershipReadsWithoutButtons();
    } catch (RuntimeException | AssertionError e) {
      WebApps.saveFailureEvidence(browser, "failure-units");
      throw e;
    }
  }

  private void openFromTheHeaderMenu() {
    browser.await().until(d -> d.getCurrentUrl().contains("#/dashboard"));
    By menuEntry = By.cssSelector("ul[ng-controller='camHeaderViewsCtrl'] a[href='#/qijin-units']");
    WebElement entry = browser.await().until(presenceOfElementLocated(menuEntry));
    assertThat(entry.getAttribute("textContent").trim()).isEqualTo("单位与账号");
    browser.click(entry);
    browser.await().until(presenceOfElementLocated(By.id("qju-units")));
    assertThat(browser.driver().findElement(By.cssSelector(".qju-page h1")).getText()).isEqualTo("单位与账号");
  }

  private void theTemplateDownloads() {
    String href = browser.driver().findElement(By.id("qju-template")).getAttribute("href");
    assertThat(href).endsWith("/api/units/import-template.xlsx");
    assertThat(fetchInPage(href)).startsWith("200 " + XLSX + " ").endsWith(" PK");
  }

  /** Imports 20 units with one account each; returns the initial password of uib01 (unit UIB01). */
  private String aSheetOfTwentyUnitsIsCheckedThenImported() throws IOException {
    UnitSheets sheet = UnitSheets.sheet();
    for (int i = 1; i <= 20; i++) {
      String code = String.format("UIB%02d", i);
      sheet.row(code, "界面导入测试单位" + i, i % 2 == 0 ? "社区" : "企业", "", "联系人" + i,
          "0632-66" + String.format("%05d", i), "", "", code.toLowerCase() + "（员工" + i + "）");
    }
    upload(sheet, "twenty.xlsx");
    browser.click(By.id("qju-check"));
    WebElement preview = browser.await().withMessage("the check's preview")
        .until(visibilityOfElementLocated(By.id("qju-preview")));
    assertThat(preview.findElements(By.cssSelector("tbody tr"))).hasSize(20);
    assertThat(browser.driver().findElement(By.id("qju-import-message")).getText())
        .isEqualTo("校验通过：共 20 行，将新增 20 个单位、更新 0 个，0 个不变；新建员工账号 20 个。");
    assertThat(units.search("UIB", null, null)).as("nothing written by the check").isEmpty();

    browser.click(By.id("qju-confirm"));
    WebElement passwords = browser.await().withMessage("the imported accounts' passwords")
        .until(visibilityOfElementLocated(By.id("qju-passwords")));
    assertThat(browser.driver().findElement(By.id("qju-import-message")).getText())
        .isEqualTo("导入完成：新增 20 个单位、更新 0 个，0 个不变；新建员工账号 20 个。");
    List<WebElement> rows = passwords.findElements(By.cssSelector("tbody tr"));
    assertThat(rows).hasSize(20);
    String password = rows.get(0).findElement(By.className("qju-password")).getText();
    assertThat(engine.getIdentityService().checkPassword("uib01", password)).isTrue();
    assertThat(units.search("UIB", null, null)).hasSize(20);

    browser.click(By.id("qju-check"));
    browser.await().withMessage("importing the same sheet again changes nothing")
        .until(d -> d.findElement(By.id("qju-import-message")).getText()
            .equals("校验通过：共 20 行，将新增 0 个单位、更新 0 个，20 个不变；新建员工账号 0 个。表中内容与名册一致，无需导入。"));
    return password;
  }

  /** Issue 14 part 4: the office adds an imported unit to the campaign running in PH-1; it gets 签收工作方案. */
  private void anImportedUnitJoinsTheRunningCampaign() {
    WebApps.type(browser, By.id("qju-q"), "UIB01");
    browser.click(By.id("qju-search"));
    browser.await().until(d -> rowCodes().equals(List.of("UIB01")));
    browser.click(browser.driver().findElement(By.cssSelector("#qju-units tr[data-code='UIB01']"))
        .findElement(By.xpath(".//button[text()='加入活动']")));
    browser.await().until(d -> d.findElements(By.cssSelector("#qju-j-campaign option")).stream()
        .anyMatch(o -> o.getText().startsWith("单位与账号测试活动")));
    new Select(browser.driver().findElement(By.id("qju-j-campaign"))).selectByValue(String.valueOf(campaign.getId()));
    browser.click(By.id("qju-j-submit"));
    browser.await().withMessage("joined").until(d -> d.findElement(By.id("qju-j-message")).getText()
        .startsWith("“界面导入测试单位1”已于部署发动阶段加入"));
    browser.click(By.id("qju-j-submit"));
    browser.await().withMessage("the server's refusal, in Chinese").until(d -> d.findElement(By.id("qju-j-message"))
        .getText().equals("单位“界面导入测试单位1”已参加活动“单位与账号测试活动”"));
    browser.click(By.id("qju-j-close"));
    WebApps.type(browser, By.id("qju-q"), inCampaign.getCode());
    browser.click(By.id("qju-search"));
    browser.await().until(d -> rowCodes().equals(List.of(inCampaign.getCode())));
  }

  private void aSheetWithBadRowsIsRefusedRowByRow() throws IOException {
    upload(UnitSheets.sheet()
        .unit("UIBAD1", "企业", "uibad1")
        .row("UIBAD2", "界面测试", "医院", "", "张三", "0632-1234567", "", "", "")
        .row("UIB01", "界面测试", "企业", "", "张三", "不是电话", "", "", ""), "bad.xlsx");
    browser.click(By.id("qju-check"));
    WebElement faults = browser.await().withMessage("the bad rows")
        .until(visibilityOfElementLocated(By.cssSelector("#qju-import-message .qju-faults")));
    assertThat(browser.driver().findElement(By.id("qju-import-message")).getText())
        .startsWith("未导入：2 行有误，整张表没有导入任何内容。");
    assertThat(faults.findElements(By.tagName("li"))).extracting(WebElement::getText).containsExactly(
        "第 3 行（UIBAD2）：未知的场所类型“医院”，可选：ENTERPRISE/企业、SCHOOL/学校、ORGAN/机关、COMMUNITY/社区、RURAL/农村、FAMILY/家庭、PUBLIC_PLACE/公共场所",
        "第 4 行（UIB01）：联系电话格式不正确");
    assertThat(browser.driver().findElements(By.id("qju-confirm"))).isEmpty();
    assertThat(units.search("UIBAD", null, null)).isEmpty();
  }

  private void theRegistryIsSearchedAndAUnitDeactivated() {
    WebApps.type(browser, By.id("qju-q"), "界面导入测试单位1");
    browser.driver().findElement(By.id("qju-q")).sendKeys("\n");
    browser.await().withMessage("searched").until(d -> rowCodes().size() == 11);
    new Select(browser.driver().findElement(By.id("qju-venue"))).selectByValue("COMMUNITY");
    browser.await().withMessage("filtered by venue").until(d -> rowCodes().equals(
        List.of("UIB10", "UIB12", "UIB14", "UIB16", "UIB18")));
    assertThat(browser.driver().findElement(By.id("qju-export")).getAttribute("href"))
        .contains("/api/units/registry.xlsx?q=").endsWith("&venue=COMMUNITY");
    WebElement row = browser.driver().findElement(By.cssSelector("#qju-units tr[data-code='UIB10']"));
    browser.click(row.findElement(By.xpath(".//button[text()='停用']")));
    browser.await().withMessage("deactivated").until(d -> d.findElement(
        By.cssSelector("#qju-units tr[data-code='UIB10'] .qju-state")).getText().equals("停用"));
    assertThat(units.byCode("UIB10").isActive()).isFalse();
    new Select(browser.driver().findElement(By.id("qju-venue"))).selectByValue("");
  }

  private void aUnitInTheCampaignGetsANewAccount() {
    WebElement row = browser.driver().findElement(By.cssSelector("#qju-units tr[data-code='" + inCampaign.getCode() + "']"));
    browser.click(row.findElement(By.xpath(".//button[text()='账号']")));
    browser.await().until(visibilityOfElementLocated(By.id("qju-a-create")));
    WebApps.type(browser, By.id("qju-a-user"), "newstaff1");
    WebApps.type(browser, By.id("qju-a-name"), "新来的张老师");
    browser.click(By.id("qju-a-create"));
    WebElement issued = browser.await().withMessage("the initial password shown once")
        .until(visibilityOfElementLocated(By.id("qju-issued-password")));
    browser.await().until(presenceOfElementLocated(By.cssSelector("#qju-a-table tr[data-user='newstaff1']")));
    String initial = issued.getText();

    browser.click(browser.driver().findElement(By.cssSelector("#qju-a-table tr[data-user='newstaff1']"))
        .findElement(By.xpath(".//button[text()='重置密码']")));
    browser.await().withMessage("a new password").until(d -> {
      String shown = d.findElement(By.id("qju-issued-password")).getText();
      return !shown.isEmpty() && !shown.equals(initial);
    });
    String reset = browser.driver().findElement(By.id("qju-issued-password")).getText();
    assertThat(engine.getIdentityService().checkPassword("newstaff1", initial)).isFalse();
    assertThat(engine.getIdentityService().checkPassword("newstaff1", reset)).isTrue();
    browser.await().until(d -> d.findElement(By.cssSelector("#qju-units tr[data-code='" + inCampaign.getCode()
        + "'] .qju-account-count")).getText().equals("1"));
  }

  /** Issue 14 part 4: the reason is required; the unit's process and tasks end. */
  private void aUnitIsWithdrawnFromTheCampaignWithAReason() {
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(inCampaign.groupId()).count()).isPositive();
    browser.click(browser.driver().findElement(By.cssSelector("#qju-units tr[data-code='" + inCampaign.getCode() + "']"))
        .findElement(By.xpath(".//button[text()='退出活动']")));
    browser.await().until(d -> d.findElements(By.cssSelector("#qju-w-campaign option")).size() > 0);
    new Select(browser.driver().findElement(By.id("qju-w-campaign"))).selectByValue(String.valueOf(campaign.getId()));
    browser.click(By.id("qju-w-submit"));
    browser.await().withMessage("the reason is required").until(d -> d.findElement(By.id("qju-w-message")).getText()
        .equals("请填写退出理由"));
    WebApps.type(browser, By.id("qju-w-reason"), "学校合并，不再单独参加");
    browser.click(By.id("qju-w-submit"));
    browser.await().withMessage("withdrawn").until(d -> d.findElement(By.id("qju-w-message")).getText()
        .equals("“" + inCampaign.getName() + "”已退出活动，其待办已结束。"));
    assertThat(engine.getTaskService().createTaskQuery().taskCandidateGroup(inCampaign.groupId()).count()).isZero();
  }

  /** The account created by the import, for the unit that joined the running campaign, sees its task. */
  private void theImportedAccountSeesItsUnitsTaskInTasklist(String password) {
    browser.close();
    browser = Chromium.start();
    WebApps.login(browser, base(), "tasklist", "uib01", password);
    browser.await().withMessage("the unit's 签收工作方案 in 本单位待办").until(d -> d.findElements(
        By.cssSelector("ol.tasks-list > li.task h4.task")).stream().anyMatch(h -> h.getText().contains("签收工作方案")));
  }

  private void theLeadershipReadsWithoutButtons() {
    browser.close();
    browser = Chromium.start();
    WebApps.login(browser, base(), "cockpit", LEADER_USER, WebTestUsers.PASSWORD);
    browser.driver().get(base() + "/camunda/app/cockpit/default/#/qijin-units");
    browser.await().until(presenceOfElementLocated(By.id("qju-units")));
    assertThat(browser.driver().findElements(By.id("qju-import"))).isEmpty();
    assertThat(browser.driver().findElements(By.id("qju-new"))).isEmpty();
    assertThat(browser.driver().findElements(By.xpath("//table[@id='qju-units']//button[text()='编辑']"))).isEmpty();
    assertThat(browser.driver().findElement(By.id("qju-export")).isDisplayed()).isTrue();
  }

  private void upload(UnitSheets sheet, String name) throws IOException {
    Path file = Files.write(files.resolve(name), sheet.bytes());
    browser.driver().findElement(By.id("qju-file")).sendKeys(file.toAbsolutePath().toString());
  }

  private List<String> rowCodes() {
    return browser.driver().findElements(By.cssSelector("#qju-units tbody tr")).stream()
        .map(r -> r.getAttribute("data-code")).toList();
  }

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

  private String base() {
    return "http://localhost:" + port;
  }
}
