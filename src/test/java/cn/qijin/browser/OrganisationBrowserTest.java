package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import cn.qijin.organisation.Organisation;
import cn.qijin.security.Roles;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.Chromium;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebApps;
import cn.qijin.support.WebTestUsers;
import org.camunda.bpm.engine.ProcessEngine;
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
 * Issue 14 part 2 (ORG-1, ORG-2) in the real browser: the office opens 组织机构 from Cockpit's header menu, names the
 * bureau and the office, records its director bound to its own account and the group's leader bound to an account
 * outside the group (the page says the administrator must add it), is refused a second director in Chinese; the
 * leadership group reads the page without buttons.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class OrganisationBrowserTest {

  private static final String OFFICE_USER = "orgbrowseroffice";
  private static final String LEADER_USER = "orgbrowserleader";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired Organisation organisation;
  @LocalServerPort int port;

  Chromium browser;

  @BeforeEach
  void empty() {
    jdbc.update("delete from organisation_member");
    jdbc.update("delete from organisation_profile");
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), LEADER_USER, Roles.LEADERSHIP);
  }

  @AfterEach
  void close() {
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void the_office_records_the_organisation_and_the_leadership_group_reads_it() {
    browser = Chromium.start();
    try {
      WebApps.login(browser, base(), "cockpit", OFFICE_USER, WebTestUsers.PASSWORD);
      browser.await().until(d -> d.getCurrentUrl().contains("#/dashboard"));
      By menuEntry = By.cssSelector("ul[ng-controller='camHeaderViewsCtrl'] a[href='#/qijin-organisation']");
      WebElement entry = browser.await().until(presenceOfElementLocated(menuEntry));
      assertThat(entry.getAttribute("textContent").trim()).isEqualTo("组织机构");
      browser.click(entry);
      browser.await().until(presenceOfElementLocated(By.id("qjo-bureau")));

      WebApps.type(browser, By.id("qjo-bureau"), "台儿庄区经济和信息化局");
      WebApps.type(browser, By.id("qjo-office-name"), "台儿庄区经济和信息化局安全生产宣传教育“七进”活动办公室");
      WebApps.type(browser, By.id("qjo-seat"), "局安全科");
      browser.click(By.id("qjo-save-profile"));
      awaitNotice("机构信息已保存。");

      addMember("DIRECTOR", "吴振明", "安全科科长", OFFICE_USER);
      browser.await().until(d -> d.findElement(By.id("qjo-office")).getText().contains("已在活动办公室组"));
      addMember("LEADER", "薛钊", "局长", OFFICE_USER);
      browser.await().until(d -> d.findElement(By.id("qjo-leadership")).getText()
          .contains("未加入领导小组组（请管理员在 Admin 中加入）"));
      addMember("DIRECTOR", "张三", null, null);
      awaitNotice("活动办公室已有主任（吴振明），请先修改其职务");
      browser.screenshot("organisation");

      assertThat(organisation.officeName("任意")).isEqualTo("台儿庄区经济和信息化局安全生产宣传教育“七进”活动办公室");
      assertThat(organisation.directorName()).contains("吴振明");

      browser.js("window.localStorage.clear(); window.sessionStorage.clear();");
      browser.driver().manage().deleteAllCookies();
      WebApps.login(browser, base(), "cockpit", LEADER_USER, WebTestUsers.PASSWORD);
      browser.driver().get(base() + "/camunda/app/cockpit/default/#/qijin-organisation");
      browser.await().until(presenceOfElementLocated(By.id("qjo-profile")));
      browser.await().until(d -> d.findElement(By.id("qjo-office")).getText().contains("吴振明"));
      assertThat(browser.driver().findElements(By.id("qjo-save-member"))).isEmpty();
      assertThat(browser.driver().findElements(By.cssSelector("#qjo-office button"))).isEmpty();
    } catch (RuntimeException | AssertionError e) {
      WebApps.saveFailureEvidence(browser, "failure-organisation");
      throw e;
    }
  }

  private void addMember(String role, String name, String position, String userId) {
    new Select(browser.driver().findElement(By.id("qjo-role"))).selectByValue(role);
    WebApps.type(browser, By.id("qjo-name"), name);
    if (position != null) {
      WebApps.type(browser, By.id("qjo-position"), position);
    }
    if (userId != null) {
      WebApps.type(browser, By.id("qjo-user"), userId);
    }
    browser.click(By.id("qjo-save-member"));
  }

  private void awaitNotice(String text) {
    browser.await().withMessage(text).until(d -> d.findElement(By.id("qjo-notice")).getText().contains(text));
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
