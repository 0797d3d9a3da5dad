package cn.qijin.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.common.CampaignClock;
import cn.qijin.security.AccessRules;
import cn.qijin.security.Roles;
import cn.qijin.support.BrowserAvailable;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.Chromium;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real browser: a unit's staff work a PH-2 checklist item in Chinese Tasklist (ORG-3: only their
 * unit's tasks; the form's Chinese validation), the office sees the submitted item waiting for review
 * in Cockpit's diagram. Runs in real time (the engine clock is not moved): the campaign's phases lie
 * around today. Screenshots of the key steps go to target/browser-screenshots/.
 */
@QijinSpringTest
@ExtendWith(BrowserAvailable.class)
class TasklistBrowserTest {

  private static final String OFFICE_USER = "browseroffice";
  private static final String ITEM = "ENT-1";

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @LocalServerPort int port;

  CampaignDriver drive;
  LocalDate today;
  Unit a;
  Unit b;
  String userA;
  ProcessInstance instanceA;
  ProcessInstance instanceB;
  final List<Chromium> browsers = new ArrayList<>();

  @BeforeEach
  void twoEnterprisesInPhase2Today() {
    ClockUtil.reset(); // real time: the browser's "today" and the engine's must agree
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    a = drive.unit("ENTERPRISE");
    b = drive.unit("ENTERPRISE");
    userA = a.getCode().toLowerCase();
    WebTestUsers.ensure(engine.getIdentityService(), userA, a.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), b.getCode().toLowerCase(), b.groupId());
    WebTestUsers.ensure(engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);

    today = CampaignClock.today();
    Campaign campaign = campaigns.start(campaigns.define(new CampaignRequest(null, null, "浏览器测试“七进”活动", null,
        today.minusDays(20), today.minusDays(8), today.minusDays(7), today.plusDays(50),
        today.plusDays(51), today.plusDays(170)), OFFICE_USER).getId());
    String campaignInstance = campaign.getProcessInstanceId();
    drive.completeAs(OFFICE_USER, Roles.OFFICE, drive.task(campaignInstance, "IssuePlanTask"),
        Map.of("planDocumentNumber", "台经信字〔" + today.getYear() + "〕43号",
            "planIssueDate", today.minusDays(19).toString()));
    runDueJobsOf(campaignInstance);

    instanceA = unitInstance(campaign, a);
    instanceB = unitInstance(campaign, b);
    assertThat(drive.tasks(instanceA.getId(), "ImplementItemTask")).hasSize(8);
    assertThat(drive.tasks(instanceB.getId(), "ImplementItemTask")).hasSize(8);
  }

  @AfterEach
  void closeBrowsers() {
    browsers.forEach(Chromium::close);
    browsers.clear();
  }

  @Test
  void a_unit_completes_its_checklist_item_in_chinese_tasklist_and_the_office_sees_it_in_cockpit() {
    try {
      unitWorksItsItemInTasklist();
      officeSeesTheItemWaitingForReviewInCockpit();
    } catch (RuntimeException | AssertionError e) {
      for (int i = 0; i < browsers.size(); i++) {
        saveFailureEvidence(browsers.get(i), "failure-browser" + (i + 1));
      }
      throw e;
    }
  }

  private void unitWorksItsItemInTasklist() {
    Chromium browser = open();
    login(browser, "tasklist", userA);

    // 本单位待办: exactly unit A's open tasks (its candidate group's, whatever process they are in), none of B's
    List<Task> tasksOfA = openTasksOf(a);
    Set<String> idsOfB = openTasksOf(b).stream().map(Task::getId).collect(Collectors.toSet());
    assertThat(tasksOfA).extracting(Task::getTaskDefinitionKey) // 签收工作方案 and the eight ENT items, at least
        .contains("AcknowledgePlanTask").filteredOn("ImplementItemTask"::equals).hasSize(8);
    assertThat(tasksOfA).as("fits Tasklist's first page").hasSizeLessThanOrEqualTo(15);
    assertThat(idsOfB).isNotEmpty();
    openFilter(browser, "本单位待办", tasksOfA.size());
    List<Map<String, Object>> listed = listedTasks(browser);
    assertThat(listed).extracting(t -> (String) t.get("id"))
        .containsExactlyInAnyOrderElementsOf(tasksOfA.stream().map(Task::getId).toList())
        .doesNotContainAnyElementsOf(idsOfB);
    assertThat(listed).extracting(t -> (String) t.get("name"))
        .containsExactlyInAnyOrderElementsOf(tasksOfA.stream().map(Task::getName).toList());
    assertThat(listed).extracting(t -> (String) t.get("unit")).containsOnly(a.getName());
    browser.screenshot("tasklist-unit-filter");

    // the item's Chinese form
    Task item = drive.itemTask(instanceA.getId(), "ImplementItemTask", ITEM);
    assertThat(item.getName()).startsWith("落实 " + ITEM + "：");
    browser.click(browser.await().until(presenceOfElementLocated(
        By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + item.getId() + "']"))));
    awaitForm(browser);
    assertThat(browser.driver().findElement(By.cssSelector("label[for='activityPlace']")).getText()).contains("活动地点");
    assertThat(browser.driver().findElement(By.id("ctx-unitName")).getText()).contains(a.getName());

    // a candidate task is claimed before it can be completed
    browser.click(browser.await().until(visibilityOfElementLocated(By.cssSelector("button.claim"))));
    engineAwait().withMessage("task claimed by " + userA)
        .until(e -> userA.equals(e.getTaskService().createTaskQuery().taskId(item.getId()).singleResult().getAssignee()));
    browser.await().withMessage("完成 enabled after claiming").until(d -> {
      WebElement complete = findCompleteButton(d);
      return complete != null && complete.isEnabled();
    });
    awaitForm(browser);

    // everything but 活动地点: the form refuses in Chinese, nothing reaches the engine
    LocalDate activityDay = today.minusDays(3); // inside PH-2 (began today-7), not after today
    setDate(browser, By.id("activityDate"), activityDay);
    type(browser, By.id("participantCount"), "35");
    WebElement t5 = browser.driver().findElement(By.id("theme-T5"));
    if (!t5.isSelected()) {
      browser.click(t5);
    }
    assertThat(t5.isSelected()).isTrue();
    type(browser, By.id("activitySummary"), "组织全体职工开展安全生产知识培训，并进行闭卷测试。");
    assertThat(browser.driver().findElement(By.id("activityPlace")).getAttribute("value")).isEmpty();
    browser.click(completeButton(browser.driver()));

    WebElement placeError = browser.await().withMessage("#activityPlace-error shown")
        .until(visibilityOfElementLocated(By.id("activityPlace-error")));
    assertThat(placeError.getText()).isEqualTo("请填写活动地点");
    WebElement summary = browser.await().until(visibilityOfElementLocated(By.id("qj-errors")));
    assertThat(summary.findElements(By.cssSelector("li a")))
        .extracting(WebElement::getText).containsExactly("请填写活动地点");
    browser.screenshot("tasklist-form-error");
    assertThat(engine.getTaskService().createTaskQuery().taskId(item.getId()).count()).isOne();
    assertThat(drive.tasks(instanceA.getId(), "ReviewItemTask")).isEmpty();

    // with 活动地点 the form goes through: the item waits for the office's review
    type(browser, By.id("activityPlace"), "公司一楼培训室");
    browser.await().withMessage("error cleared once 活动地点 is filled")
        .until(d -> !d.findElement(By.id("activityPlace-error")).isDisplayed());
    browser.screenshot("tasklist-form-filled");
    browser.click(completeButton(browser.driver()));

    engineAwait().withMessage("ImplementItemTask " + ITEM + " completed")
        .until(e -> e.getTaskService().createTaskQuery().taskId(item.getId()).count() == 0);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(item.getId()).finished()
        .singleResult().getDeleteReason()).isEqualTo("completed");
    Task review = drive.itemTask(instanceA.getId(), "ReviewItemTask", ITEM);
    assertThat(review.getName()).startsWith("审核 " + ITEM + "：").endsWith("（" + a.getName() + "）");
    assertThat(engine.getTaskService().getVariables(review.getId())).containsAllEntriesOf(Map.of(
        "activityDate", activityDay.toString(),
        "activityPlace", "公司一楼培训室",
        "participantCount", 35L,
        "activityThemes", "T5"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).taskCandidateGroup(Roles.OFFICE).count())
        .isOne();

    browser.await().withMessage("the completed item leaves 本单位待办")
        .until(d -> listedTasks(browser).size() == tasksOfA.size() - 1
            && listedTasks(browser).stream().noneMatch(t -> item.getId().equals(t.get("id"))));
    browser.screenshot("tasklist-completed");
  }

  private void officeSeesTheItemWaitingForReviewInCockpit() {
    Chromium browser = open();
    login(browser, "cockpit", OFFICE_USER);
    browser.await().withMessage("Cockpit dashboard in Chinese").until(d -> d.getCurrentUrl().contains("#/dashboard")
        && d.findElement(By.tagName("body")).getText().contains(label("cockpit", "DASHBOARD_RIGHT_NOW")));

    browser.driver().get(base() + "/camunda/app/cockpit/default/#/process-instance/" + instanceA.getId() + "/runtime");
    browser.await().until(visibilityOfElementLocated(
        By.cssSelector(".djs-container svg g.djs-element[data-element-id='ReviewItemTask']")));
    assertThat(browser.driver().findElements(
        By.cssSelector(".djs-container svg g.djs-element[data-element-id='ImplementItemTask']"))).hasSize(1);
    // the tokens: one item under review, the other seven still to be done
    browser.await().withMessage("token on 审核落实情况").until(textToBe(
        By.cssSelector(".djs-overlays[data-container-id='ReviewItemTask'] .instance-count"), "1"));
    browser.await().withMessage("tokens on 落实检查项").until(textToBe(
        By.cssSelector(".djs-overlays[data-container-id='ImplementItemTask'] .instance-count"), "7"));
    String page = browser.driver().findElement(By.tagName("body")).getText();
    assertThat(page).contains(instanceA.getBusinessKey())
        .contains(label("cockpit", "PLUGIN_VARIABLE_INSTANCES_LABEL"))
        .contains(label("cockpit", "PLUGIN_USER_TASKS_LABEL"));
    browser.screenshot("cockpit-instance");
  }

  // ---- browser steps ----

  private Chromium open() {
    Chromium browser = Chromium.start();
    browsers.add(browser);
    return browser;
  }

  /** Logs in on the app's Chinese login page (inputs bound with ng-model username/password). */
  private void login(Chromium browser, String app, String user) {
    browser.driver().get(base() + "/camunda/app/" + app + "/");
    WebElement username = browser.await().until(visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    browser.await().withMessage("Chinese login page (" + app + " zh.json)")
        .until(attributeToBe(username, "placeholder", label(app, "PAGE_LOGIN_USERNAME")));
    WebElement password = browser.driver().findElement(By.cssSelector("input[ng-model='password']"));
    assertThat(password.getAttribute("placeholder")).isEqualTo(label(app, "PAGE_LOGIN_PASSWORD"));
    username.sendKeys(user);
    password.sendKeys(WebTestUsers.PASSWORD);
    WebElement signIn = browser.driver().findElement(By.cssSelector("form button[type='submit']"));
    assertThat(signIn.getText().trim()).isEqualTo(label(app, "PAGE_LOGIN_SIGN_IN_ACTION"));
    browser.click(signIn);
    browser.await().withMessage(user + " logged in to " + app).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  private void openFilter(Chromium browser, String name, int expectedCount) {
    WebElement link = browser.await().withMessage("filter " + name).until(d -> d
        .findElements(By.cssSelector(".task-filter h4.name a")).stream()
        .filter(e -> e.getText().trim().startsWith(name)).findFirst().orElse(null));
    browser.click(link);
    browser.await().withMessage("filter " + name + " showing " + expectedCount + " tasks").until(d -> {
      List<WebElement> active = d.findElements(By.cssSelector(".task-filter.active"));
      return active.size() == 1 && active.get(0).getText().trim().startsWith(name)
          && String.valueOf(expectedCount).equals(active.get(0).findElement(By.cssSelector(".counter")).getText().replaceAll("\\D", ""))
          && listedTasks(browser).size() == expectedCount;
    });
  }

  /** The task list as the user sees it: id (from the link), name, and the filter's 单位 column. */
  @SuppressWarnings("unchecked")
  private static List<Map<String, Object>> listedTasks(Chromium browser) {
    return (List<Map<String, Object>>) browser.js("""
        return Array.from(document.querySelectorAll('ol.tasks-list > li.task')).map(function (li) {
          var a = li.querySelector('h4.task a');
          var m = /[?&]task=([^&]+)/.exec(a ? a.getAttribute('href') || '' : '');
          var unit = '';
          li.querySelectorAll('.variable-item').forEach(function (v) {
            var label = v.querySelector('.variable-label'), value = v.querySelector('.variable-value');
            if (label && value && label.textContent.trim().indexOf('单位') === 0) { unit = value.textContent.trim(); }
          });
          return { id: m ? m[1] : '', name: a ? a.textContent.trim() : '', unit: unit };
        });""");
  }

  /** Waits for the embedded form with the task's variables applied. */
  private void awaitForm(Chromium browser) {
    browser.await().until(visibilityOfElementLocated(By.cssSelector("form[name='implementItemForm'] #activityPlace")));
    browser.await().withMessage("form variables loaded").until(textToBe(By.id("ctx-itemCode"), ITEM));
  }

  /** Tasklist's 完成 (Complete) button under the form. */
  private WebElement completeButton(WebDriver driver) {
    WebElement complete = findCompleteButton(driver);
    assertThat(complete).as("visible button " + label("tasklist", "COMPLETE")).isNotNull();
    return complete;
  }

  private WebElement findCompleteButton(WebDriver driver) {
    String complete = label("tasklist", "COMPLETE");
    return driver.findElements(By.cssSelector("button[type='submit']")).stream()
        .filter(e -> e.isDisplayed() && complete.equals(e.getText().trim())).findFirst().orElse(null);
  }

  private static void type(Chromium browser, By field, String text) {
    WebElement element = browser.driver().findElement(field);
    browser.click(element);
    element.clear();
    element.sendKeys(text);
    browser.await().until(attributeToBe(element, "value", text));
  }

  /**
   * A date input's typed format follows the browser's locale; set the ISO value the way the picker
   * does and fire the events Angular and the form's rules listen to.
   */
  private static void setDate(Chromium browser, By field, LocalDate date) {
    WebElement element = browser.driver().findElement(field);
    browser.js("""
        var e = arguments[0];
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(e, arguments[1]);
        e.dispatchEvent(new Event('input', { bubbles: true }));
        e.dispatchEvent(new Event('change', { bubbles: true }));
        e.dispatchEvent(new Event('blur'));""", element, date.toString());
    browser.await().until(attributeToBe(element, "value", date.toString()));
  }

  private void saveFailureEvidence(Chromium browser, String name) {
    try {
      browser.screenshot(name);
      Files.writeString(Path.of("target", "browser-screenshots", name + ".html"), browser.driver().getPageSource());
    } catch (RuntimeException | IOException ignored) {
      // the original failure matters more
    }
  }

  // ---- engine ----

  /**
   * Executes the due jobs of this test's campaign and every process below it (unit processes, their
   * quarterly obligations), as the job executor would at this moment; other tests' campaigns are left alone.
   */
  private void runDueJobsOf(String campaignInstanceId) {
    for (int round = 0; round < 50; round++) {
      List<Job> due = instanceTree(campaignInstanceId).stream()
          .flatMap(id -> engine.getManagementService().createJobQuery().processInstanceId(id).executable().list().stream())
          .toList();
      if (due.isEmpty()) {
        return;
      }
      due.forEach(job -> engine.getManagementService().executeJob(job.getId()));
    }
    throw new AssertionError("jobs of campaign instance " + campaignInstanceId + " keep becoming due");
  }

  private List<String> instanceTree(String rootId) {
    List<String> ids = new ArrayList<>(List.of(rootId));
    for (int i = 0; i < ids.size(); i++) {
      engine.getRuntimeService().createProcessInstanceQuery().superProcessInstanceId(ids.get(i)).list()
          .forEach(p -> ids.add(p.getId()));
    }
    return ids;
  }

  /** The unit's qijin_unit_campaign instance (its quarterly obligations carry the same business key). */
  private ProcessInstance unitInstance(Campaign campaign, Unit unit) {
    return engine.getRuntimeService().createProcessInstanceQuery().processDefinitionKey(AccessRules.UNIT_PROCESS)
        .processInstanceBusinessKey("campaign-" + campaign.getId() + "-" + unit.getCode()).singleResult();
  }

  /** What 本单位待办 must show a unit's staff: the open tasks of the unit's group, claimed or not. */
  private List<Task> openTasksOf(Unit unit) {
    return engine.getTaskService().createTaskQuery().taskCandidateGroup(unit.groupId()).includeAssignedTasks().list();
  }

  private FluentWait<ProcessEngine> engineAwait() {
    return new FluentWait<>(engine).withTimeout(Chromium.TIMEOUT).pollingEvery(java.time.Duration.ofMillis(200));
  }

  // ---- helpers ----

  private String base() {
    return "http://localhost:" + port;
  }

  private static final Map<String, JsonNode> LABELS = new java.util.concurrent.ConcurrentHashMap<>();

  /** A label of our Chinese locale file of a Camunda web app (what a zh browser must show). */
  private static String label(String app, String key) {
    JsonNode labels = LABELS.computeIfAbsent(app, (Function<String, JsonNode>) name -> {
      String path = "META-INF/resources/webjars/camunda/app/" + name + "/locales/zh.json";
      try (InputStream in = TasklistBrowserTest.class.getClassLoader().getResourceAsStream(path)) {
        assertThat(in).as(path).isNotNull();
        return new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).path("labels");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    String value = labels.path(key).asText("");
    assertThat(value).as(app + " zh.json " + key).isNotBlank().matches(".*\\p{IsHan}.*");
    return value;
  }
}
