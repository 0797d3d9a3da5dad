package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;

import cn.qijin.kernel.Venue;
import cn.qijin.security.Roles;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.Chromium;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebApps;
import cn.qijin.support.WebTestUsers;
import cn.qijin.template.CampaignTemplates;
import cn.qijin.template.TemplateDocument;
import cn.qijin.template.TemplateParser;
import org.camunda.bpm.engine.ProcessEngine;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Issue 14 part 5 in the real browser: the office opens 活动模板 in Cockpit, makes the next version of the 2017 plan's
 * template — a schools' item, reminders ten and two days before — is first refused in Chinese for an item without a
 * title, then saves it; the leadership group reads the versions without the button to make one.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class TemplatesBrowserTest {

  private static final String OFFICE_USER = "tplbrowseroffice";
  private static final String LEADER_USER = "tplbrowserleader";
  private static final String CODE = "qijin-2017";

  @Autowired ProcessEngine engine;
  @Autowired JdbcTemplate jdbc;
  @Autowired CampaignTemplates templates;
  @LocalServerPort int port;

  Chromium browser;

  @BeforeEach
  void accounts() {
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), LEADER_USER, Roles.LEADERSHIP);
  }

  /** Later tests of this JVM define campaigns from the latest version: they must find the shipped one. */
  @AfterEach
  void close() {
    jdbc.update("delete from campaign_template where created_by is not null");
    if (browser != null) {
      browser.close();
    }
  }

  @Test
  void the_office_makes_the_next_template_version_and_the_leadership_group_reads_it() {
    int current = templates.latest(CODE).orElseThrow().getVersion();
    browser = Chromium.start();
    try {
      WebApps.login(browser, base(), "cockpit", OFFICE_USER, WebTestUsers.PASSWORD);
      browser.await().until(d -> d.getCurrentUrl().contains("#/dashboard"));
      browser.driver().get(base() + "/camunda/app/cockpit/default/#/qijin-templates");
      browser.await().until(presenceOfElementLocated(By.id("qjt-new-" + CODE)));
      browser.click(By.id("qjt-new-" + CODE));
      browser.await().until(presenceOfElementLocated(By.id("qjt-add-item-SCHOOL")));
      browser.click(By.id("qjt-add-item-SCHOOL"));
      WebApps.type(browser, By.id("qjt-item-SCHOOL-0-code"), "SCH-1");
      browser.click(By.id("qjt-item-SCHOOL-0-theme-T5"));
      WebApps.type(browser, By.id("qjt-reminder-days"), "10, 2");
      WebApps.type(browser, By.id("qjt-note"), "增加学校检查项，提醒提前 10 天");
      browser.click(By.id("qjt-save"));
      browser.await().withMessage("the missing title named").until(d -> d.findElement(By.id("qjt-notice")).getText()
          .contains("请填写学校第 1 项的名称"));
      assertThat(templates.latest(CODE).orElseThrow().getVersion()).isEqualTo(current);

      WebApps.type(browser, By.id("qjt-item-SCHOOL-0-title"), "开学第一课安全教育");
      browser.click(By.id("qjt-save"));
      browser.await().withMessage("saved").until(d -> d.findElement(By.id("qjt-notice")).getText()
          .contains("已保存为第 " + (current + 1) + " 版"));
      browser.screenshot("templates");
      TemplateDocument saved = new TemplateParser().parse(templates.latest(CODE).orElseThrow().getSource());
      assertThat(saved.version()).isEqualTo(current + 1);
      assertThat(saved.venues().get(Venue.SCHOOL)).extracting(TemplateDocument.Item::title).containsExactly("开学第一课安全教育");
      assertThat(saved.reminders().daysBefore()).containsExactly(10, 2);

      browser.js("window.localStorage.clear(); window.sessionStorage.clear();");
      browser.driver().manage().deleteAllCookies();
      WebApps.login(browser, base(), "cockpit", LEADER_USER, WebTestUsers.PASSWORD);
      browser.driver().get(base() + "/camunda/app/cockpit/default/#/qijin-templates");
      browser.await().until(presenceOfElementLocated(By.id("qjt-view-" + CODE + "-" + (current + 1))));
      assertThat(browser.driver().findElements(By.id("qjt-new-" + CODE))).isEmpty();
      browser.click(By.id("qjt-view-" + CODE + "-" + (current + 1)));
      browser.await().until(presenceOfElementLocated(By.id("qjt-item-SCHOOL-0-title")));
      assertThat(browser.driver().findElement(By.id("qjt-item-SCHOOL-0-title")).isEnabled()).isFalse();
    } catch (RuntimeException | AssertionError e) {
      WebApps.saveFailureEvidence(browser, "failure-templates");
      throw e;
    }
  }

  private String base() {
    return "http://localhost:" + port;
  }
}
