package cn.qijin.browser;

import static cn.qijin.support.WebApps.completeButton;
import static cn.qijin.support.WebApps.findCompleteButton;
import static cn.qijin.support.WebApps.label;
import static cn.qijin.support.WebApps.saveFailureEvidence;
import static cn.qijin.support.WebApps.setDate;
import static cn.qijin.support.WebApps.type;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.presenceOfElementLocated;
import static org.openqa.selenium.support.ui.ExpectedConditions.textToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.evidence.internal.EvidenceEntity;
import cn.qijin.evidence.internal.EvidenceFile;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.security.AccessRules;
import cn.qijin.security.Roles;
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
import cn.qijin.evidence.internal.EvidenceRepository;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import javax.imageio.ImageIO;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The real browser: a unit's staff work a PH-2 checklist item in Chinese Tasklist (ORG-3: only their
 * unit's tasks; the form's Chinese validation; evidence files uploaded from the form), the office sees
 * the submitted item waiting for review in Cockpit's diagram; the office reviews the evidence (the photo
 * inline) in Tasklist and returns the item, and the unit sees why, with its files on record. Runs in real
 * time (the engine clock is not moved): the campaign's phases lie around today. Screenshots of the key
 * steps go to target/browser-screenshots/.
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
  @Autowired EvidenceRepository evidence;
  @LocalServerPort int port;
  @TempDir Path files;

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
    drive.runDueJobsOf(campaignInstance);

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
  @SubmitsForms("implement-item.html")
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

  @Test
  @SubmitsForms({"implement-item.html", "review-item.html"})
  void the_office_sees_the_evidence_in_tasklist_and_returns_the_item_and_the_unit_sees_why() {
    try {
      Path photo = photo("活动现场照片.png", new Color(200, 70, 40));
      Path minutes = pdf("会议纪要.pdf", "Meeting minutes");
      Task review = unitUploadsEvidenceAndCompletes(photo, minutes);
      String reason = "签到表缺少参加人员签名，请补充后重新提交。";
      officeSeesTheEvidenceInTasklistAndReturns(review, photo, minutes, reason);
      unitSeesTheReasonAndItsFilesAndResubmits(reason);
    } catch (RuntimeException | AssertionError e) {
      for (int i = 0; i < browsers.size(); i++) {
        saveFailureEvidence(browsers.get(i), "failure-evidence-browser" + (i + 1));
      }
      throw e;
    }
  }

  private void unitWorksItsItemInTasklist() {
    Chromium browser = open();
    WebApps.login(browser, base(), "tasklist", userA, WebTestUsers.PASSWORD);

    // 本单位待办: exactly unit A's open tasks (its candidate group's, whatever process they are in), none of B's
    List<Task> tasksOfA = openTasksOf(a);
    Set<String> idsOfB = openTasksOf(b).stream().map(Task::getId).collect(Collectors.toSet());
    assertThat(tasksOfA).extracting(Task::getTaskDefinitionKey) // 签收工作方案 and the eight ENT items, at least
        .contains("AcknowledgePlanTask").filteredOn("ImplementItemTask"::equals).hasSize(8);
    assertThat(tasksOfA).as("fits Tasklist's first page").hasSizeLessThanOrEqualTo(15);
    assertThat(idsOfB).isNotEmpty();
    browser.await().withMessage("Tasklist opens on 本单位待办, where the unit's work is (issue 14 part 6)")
        .until(d -> d.findElements(By.cssSelector(".task-filter.active")).stream()
            .anyMatch(e -> e.getText().trim().startsWith("本单位待办")));
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
    openTaskInList(browser, item);
    awaitForm(browser);
    assertThat(browser.driver().findElement(By.cssSelector("label[for='activityPlace']")).getText()).contains("活动地点");
    assertThat(browser.driver().findElement(By.id("ctx-unitName")).getText()).contains(a.getName());

    // a candidate task is claimed before it can be completed, and the greyed-out form says so (issue 14 part 6)
    browser.await().withMessage("the claim hint on the unclaimed form")
        .until(d -> d.findElement(By.id("qj-claim-hint")).isDisplayed());
    assertThat(browser.driver().findElement(By.id("qj-claim-hint")).getText()).startsWith("请先认领此任务。");
    claim(browser, item, userA);
    awaitForm(browser);
    browser.await().withMessage("no claim hint once claimed")
        .until(d -> !d.findElement(By.id("qj-claim-hint")).isDisplayed());

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
    attachEvidence(browser, photo("培训现场.png", new Color(40, 110, 190)));
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
    TasklistSession.complete(browser, engine, item);
    Task review = drive.itemTask(instanceA.getId(), "ReviewItemTask", ITEM);
    assertThat(review.getName()).startsWith("审核 " + ITEM + "：").endsWith("（" + a.getName() + "）");
    assertThat(engine.getTaskService().getVariables(review.getId())).containsAllEntriesOf(Map.of(
        "activityDate", activityDay.toString(),
        "activityPlace", "公司一楼培训室",
        "participantCount", 35L,
        "activityThemes", "T5"));
    assertThat(engine.getTaskService().createTaskQuery().taskId(review.getId()).taskCandidateGroup(Roles.OFFICE).count())
        .isOne();
    assertThat(filesOnRecord(review)).extracting(EvidenceFile::getFileName).containsExactly("培训现场.png");

    browser.await().withMessage("the completed item leaves 本单位待办")
        .until(d -> listedTasks(browser).size() == tasksOfA.size() - 1
            && listedTasks(browser).stream().noneMatch(t -> item.getId().equals(t.get("id"))));
    browser.screenshot("tasklist-completed");
  }

  private void officeSeesTheItemWaitingForReviewInCockpit() {
    Chromium browser = open();
    WebApps.login(browser, base(), "cockpit", OFFICE_USER, WebTestUsers.PASSWORD);
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

  // ---- the evidence journey ----

  /** The unit's staff attach a photo and a PDF to the item in Tasklist and complete it; returns the office's review task. */
  private Task unitUploadsEvidenceAndCompletes(Path photo, Path minutes) {
    Chromium browser = open();
    WebApps.login(browser, base(), "tasklist", userA, WebTestUsers.PASSWORD);
    openFilter(browser, "本单位待办", openTasksOf(a).size());
    Task item = drive.itemTask(instanceA.getId(), "ImplementItemTask", ITEM);
    openTaskInList(browser, item);
    awaitForm(browser);
    claim(browser, item, userA);
    awaitForm(browser);

    // the item's answers, but no evidence yet: the form asks for it in Chinese, nothing reaches the engine
    fillItemForm(browser, today.minusDays(2), "公司二楼会议室", "48", "组织事故警示教育会，分析典型事故案例。");
    WebElement input = browser.driver().findElement(By.id("evidenceFiles"));
    assertThat(input.getAttribute("multiple")).isNotNull();
    assertThat(input.getAttribute("accept")).contains("image/*").contains("application/pdf");
    browser.click(completeButton(browser.driver()));
    WebElement evidenceError = browser.await().withMessage("#evidenceFiles-error shown")
        .until(visibilityOfElementLocated(By.id("evidenceFiles-error")));
    assertThat(evidenceError.getText()).isEqualTo("请至少上传一份佐证材料（会议纪要、签到表、照片等）");
    assertThat(browser.driver().findElement(By.id("qj-errors")).findElements(By.cssSelector("li a")))
        .extracting(WebElement::getText).containsExactly("请至少上传一份佐证材料（会议纪要、签到表、照片等）");
    assertThat(engine.getTaskService().createTaskQuery().taskId(item.getId()).count()).isOne();

    // the photo and the minutes, picked together, upload at once (with the Tasklist session's CSRF token)
    attachEvidence(browser, photo, minutes);
    browser.await().withMessage("evidence error cleared once files are uploaded")
        .until(d -> !d.findElement(By.id("evidenceFiles-error")).isDisplayed()
            && !d.findElement(By.id("qj-errors")).isDisplayed());
    // one request per file, in parallel: the order of arrival may differ
    assertThat(uploadedNames(browser))
        .containsExactlyInAnyOrder(photo.getFileName().toString(), minutes.getFileName().toString());
    assertThat(browser.driver().findElement(By.id("evidenceUploads")).getAttribute("value").split(",")).hasSize(2);
    browser.js("document.getElementById('evidenceFiles-group').scrollIntoView({block: 'center'});");
    browser.screenshot("tasklist-evidence-uploaded");
    TasklistSession.complete(browser, engine, item);
    Task review = drive.itemTask(instanceA.getId(), "ReviewItemTask", ITEM);
    List<EvidenceFile> onRecord = filesOnRecord(review);
    assertThat(onRecord).extracting(EvidenceFile::getFileName, EvidenceFile::getContentType, EvidenceFile::getSha256)
        .containsExactlyInAnyOrder(
            org.assertj.core.groups.Tuple.tuple(photo.getFileName().toString(), "image/png", sha256(photo)),
            org.assertj.core.groups.Tuple.tuple(minutes.getFileName().toString(), "application/pdf", sha256(minutes)));
    return review;
  }

  /** The office opens the review task in Tasklist: the photo inline, the PDF and their checksums; returns the item with a reason. */
  private void officeSeesTheEvidenceInTasklistAndReturns(Task review, Path photo, Path minutes, String reason) {
    Chromium browser = open();
    WebApps.login(browser, base(), "tasklist", OFFICE_USER, WebTestUsers.PASSWORD);
    // a link to the task, as a notification or a colleague would send it (待审核 lists every campaign's items, oldest first)
    browser.driver().get(base() + "/camunda/app/tasklist/default/#/?task=" + review.getId());
    awaitReviewForm(browser);

    browser.await().withMessage("two files in #evidence-files")
        .until(d -> d.findElements(By.cssSelector("#evidence-files .evidence-file")).size() == 2);
    WebElement image = browser.driver().findElement(By.cssSelector("#evidence-files img.evidence-image"));
    browser.js("arguments[0].scrollIntoView({block: 'center'});", image);
    awaitLoaded(browser, image, "the photo (img.evidence-image) has loaded");
    assertThat(((Number) browser.js("return arguments[0].naturalWidth;", image)).longValue()).isEqualTo(PHOTO_WIDTH);
    WebElement fullSize = image.findElement(By.xpath(".."));
    assertThat(fullSize.getTagName()).isEqualTo("a");
    assertThat(fullSize.getAttribute("target")).isEqualTo("_blank");

    List<WebElement> entries = browser.driver().findElements(By.cssSelector("#evidence-files .evidence-file"));
    WebElement photoEntry = entries.stream()
        .filter(e -> e.getText().contains(photo.getFileName().toString())).findFirst().orElseThrow();
    assertThat(photoEntry.getText()).contains(sha256(photo).substring(0, 12));
    assertThat(photoEntry.findElement(By.cssSelector("code.evidence-sha256")).getAttribute("title"))
        .isEqualTo(sha256(photo));
    WebElement pdfEntry = entries.stream()
        .filter(e -> e.getText().contains(minutes.getFileName().toString())).findFirst().orElseThrow();
    assertThat(pdfEntry.getAttribute("class")).contains("evidence-pdf");
    assertThat(pdfEntry.getText()).contains(minutes.getFileName().toString()).contains(sha256(minutes).substring(0, 12));
    // the PDF's link serves it to the office's session
    String pdfUrl = pdfEntry.findElement(By.cssSelector("a.evidence-download")).getAttribute("href");
    Object served = ((JavascriptExecutor) browser.driver()).executeAsyncScript("""
        var done = arguments[arguments.length - 1];
        fetch(arguments[0]).then(function (r) { return r.arrayBuffer().then(function (b) {
          done(r.status + ' ' + r.headers.get('Content-Type').split(';')[0] + ' ' + b.byteLength); }); },
          function (e) { done('failed ' + e); });""", pdfUrl);
    assertThat(served).isEqualTo("200 application/pdf " + size(minutes));
    browser.screenshot("tasklist-evidence-review");

    claim(browser, review, OFFICE_USER);
    awaitReviewForm(browser);
    // what the unit wrote reads as text, not as a pale placeholder (issue 14 part 6)
    assertThat(browser.js("return getComputedStyle(document.getElementById('ctx-activitySummary')).color;"))
        .isEqualTo("rgb(34, 34, 34)");
    browser.click(browser.driver().findElement(By.id("reviewApproved-false")));
    type(browser, By.id("reviewComment"), reason);
    TasklistSession.complete(browser, engine, review);
    Task returned = drive.itemTask(instanceA.getId(), "ImplementItemTask", ITEM);
    assertThat(engine.getTaskService().getVariable(returned.getId(), "reviewComment")).isEqualTo(reason);
    assertThat(engine.getTaskService().getVariable(returned.getId(), "returnCount")).isEqualTo(1L);
  }

  /** Back in the unit's Tasklist: the office's reason, the files on record; resubmitted without uploading again. */
  private void unitSeesTheReasonAndItsFilesAndResubmits(String reason) {
    Chromium browser = browsers.get(0); // still logged in as the unit's user
    Task returned = drive.itemTask(instanceA.getId(), "ImplementItemTask", ITEM);
    openFilter(browser, "本单位待办", openTasksOf(a).size());
    openTaskInList(browser, returned);
    awaitForm(browser);
    WebElement box = browser.await().withMessage("return reason shown")
        .until(visibilityOfElementLocated(By.id("qj-return-reason")));
    assertThat(box.getText()).contains("本项已被办公室退回").contains("已退回 1 次");
    assertThat(browser.driver().findElement(By.id("ctx-reviewComment")).getText()).isEqualTo(reason);
    browser.await().withMessage("the files on record").until(d -> d.findElement(By.id("evidence-record")).isDisplayed()
        && d.findElements(By.cssSelector("#evidence-files .evidence-file")).size() == 2);
    awaitLoaded(browser, browser.driver().findElement(By.cssSelector("#evidence-files img.evidence-image")),
        "the photo on record has loaded");
    assertThat(uploadedNames(browser)).as("nothing listed as uploaded this time").isEmpty();
    assertThat(browser.driver().findElement(By.id("activityPlace")).getAttribute("value")).isEqualTo("公司二楼会议室");
    browser.js("document.getElementById('qj-return-reason').scrollIntoView();");
    browser.screenshot("tasklist-evidence-returned");
    browser.js("document.getElementById('evidence-record').scrollIntoView({block: 'center'});");
    browser.screenshot("tasklist-evidence-on-record");

    // the files on record still count: the unit answers the reason and resubmits without uploading again
    claim(browser, returned, userA);
    awaitForm(browser);
    type(browser, By.id("activitySummary"), "组织事故警示教育会，分析典型事故案例；签到表已补齐签名。");
    TasklistSession.complete(browser, engine, returned);
    Task again = drive.itemTask(instanceA.getId(), "ReviewItemTask", ITEM);
    assertThat(filesOnRecord(again)).hasSize(2);
    assertThat(evidence.findById((Long) engine.getTaskService().getVariable(again.getId(), "evidenceId")).orElseThrow()
        .getReviewState().name()).isEqualTo("SUBMITTED");
  }

  // ---- browser steps ----

  private void openTaskInList(Chromium browser, Task task) {
    By link = By.cssSelector("ol.tasks-list li.task h4.task a[href*='task=" + task.getId() + "']");
    browser.await().withMessage("task " + task.getName() + " in the list").until(presenceOfElementLocated(link));
    browser.click(link);
  }

  /** Claims a candidate task in Tasklist; waits until the engine has it and 完成 is enabled. */
  private void claim(Chromium browser, Task task, String user) {
    browser.click(By.cssSelector("button.claim"));
    engineAwait().withMessage("task claimed by " + user)
        .until(e -> user.equals(e.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()));
    browser.await().withMessage("完成 enabled after claiming").until(d -> {
      WebElement complete = findCompleteButton(d);
      return complete != null && complete.isEnabled();
    });
  }

  private void fillItemForm(Chromium browser, LocalDate day, String place, String participants, String summary) {
    setDate(browser, By.id("activityDate"), day);
    type(browser, By.id("activityPlace"), place);
    type(browser, By.id("participantCount"), participants);
    WebElement t6 = browser.driver().findElement(By.id("theme-T6"));
    if (!t6.isSelected()) {
      browser.click(t6);
    }
    type(browser, By.id("activitySummary"), summary);
  }

  /**
   * Picks files in the form's file input (one sendKeys, paths separated by newlines: a multiple
   * selection) and waits until each is listed as uploaded; an upload the server refused fails the test
   * with the form's Chinese message.
   */
  private void attachEvidence(Chromium browser, Path... paths) {
    By done = By.cssSelector("#evidenceFiles-list li.evidence-upload-done");
    By failed = By.cssSelector("#evidenceFiles-list li.evidence-upload-failed");
    int before = browser.driver().findElements(done).size();
    browser.driver().findElement(By.id("evidenceFiles"))
        .sendKeys(Stream.of(paths).map(p -> p.toAbsolutePath().toString()).collect(Collectors.joining("\n")));
    browser.await().withMessage(paths.length + " file(s) uploaded")
        .until(d -> d.findElements(done).size() == before + paths.length || !d.findElements(failed).isEmpty());
    assertThat(browser.driver().findElements(failed))
        .as("uploads refused: " + browser.driver().findElement(By.id("evidenceFiles-error")).getText()).isEmpty();
  }

  @SuppressWarnings("unchecked")
  private static List<String> uploadedNames(Chromium browser) {
    return (List<String>) browser.js("""
        return Array.from(document.querySelectorAll('#evidenceFiles-list li.evidence-upload-done .evidence-upload-name'))
          .map(function (e) { return e.textContent.trim(); });""");
  }

  /** Waits until an image has arrived and decoded (naturalWidth > 0). */
  private static void awaitLoaded(Chromium browser, WebElement image, String message) {
    browser.await().withMessage(message).until(d -> ((Number) browser.js(
        "var i = arguments[0]; return i.complete ? i.naturalWidth : 0;", image)).longValue() > 0);
  }

  /** Waits for the office's review form with the task's variables applied. */
  private void awaitReviewForm(Chromium browser) {
    browser.await().until(visibilityOfElementLocated(By.cssSelector("form[name='reviewItemForm'] #reviewComment")));
    browser.await().withMessage("review form variables loaded").until(textToBe(By.id("ctx-itemCode"), ITEM));
  }

  private Chromium open() {
    Chromium browser = Chromium.start();
    browsers.add(browser);
    return browser;
  }

  private void openFilter(Chromium browser, String name, int expectedCount) {
    // found and clicked in one step: the filter list re-renders as its counters refresh
    browser.await().withMessage("filter " + name).until(d -> {
      WebElement link = d.findElements(By.cssSelector(".task-filter h4.name a")).stream()
          .filter(e -> e.getText().trim().startsWith(name)).findFirst().orElse(null);
      if (link == null) {
        return false;
      }
      browser.js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", link);
      link.click();
      return true;
    });
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

  /** Waits for the embedded form of the unit's item with the task's variables applied. */
  private void awaitForm(Chromium browser) {
    browser.await().until(visibilityOfElementLocated(By.cssSelector("form[name='implementItemForm'] #activityPlace")));
    browser.await().withMessage("form variables loaded").until(textToBe(By.id("ctx-itemCode"), ITEM));
  }

  // ---- engine ----

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

  // ---- evidence files ----

  private static final int PHOTO_WIDTH = 480;

  private List<EvidenceFile> filesOnRecord(Task task) {
    Long id = (Long) engine.getTaskService().getVariable(task.getId(), "evidenceId");
    assertThat(id).as("evidenceId of " + task.getName()).isNotNull();
    EvidenceEntity record = evidence.findById(id).orElseThrow();
    return record.getFiles();
  }

  /** A real PNG photo (480 × 320), drawn and written with javax.imageio, in the test's temporary folder. */
  private Path photo(String name, Color color) {
    BufferedImage image = new BufferedImage(PHOTO_WIDTH, 320, BufferedImage.TYPE_INT_RGB);
    Graphics2D g = image.createGraphics();
    try {
      g.setColor(color);
      g.fillRect(0, 0, PHOTO_WIDTH, 320);
      g.setColor(Color.WHITE);
      g.fillRect(40, 40, 160, 100);
      g.setColor(new Color((int) (System.nanoTime() & 0xFFFFFF))); // a different photo every run
      g.fillOval(260, 160, 120, 120);
    } finally {
      g.dispose();
    }
    var out = new ByteArrayOutputStream();
    try {
      assertThat(ImageIO.write(image, "png", out)).isTrue();
      return Files.write(files.resolve(name), out.toByteArray());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** A minimal valid one-page PDF: catalog, page tree, page, content stream, font and cross-reference table. */
  private Path pdf(String name, String text) {
    String content = "BT /F1 24 Tf 72 720 Td (" + text + ") Tj ET";
    String[] objects = {
        "<< /Type /Catalog /Pages 2 0 R >>",
        "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
            + " /Resources << /Font << /F1 5 0 R >> >> >>",
        "<< /Length " + content.length() + " >>\nstream\n" + content + "\nendstream",
        "<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"};
    StringBuilder pdf = new StringBuilder("%PDF-1.4\n");
    List<Integer> offsets = new ArrayList<>();
    for (int i = 0; i < objects.length; i++) {
      offsets.add(pdf.length()); // ASCII only: one byte per character
      pdf.append(i + 1).append(" 0 obj\n").append(objects[i]).append("\nendobj\n");
    }
    int xref = pdf.length();
    pdf.append("xref\n0 ").append(objects.length + 1).append("\n0000000000 65535 f \n");
    offsets.forEach(offset -> pdf.append(String.format("%010d 00000 n \n", offset)));
    pdf.append("trailer\n<< /Size ").append(objects.length + 1).append(" /Root 1 0 R >>\nstartxref\n")
        .append(xref).append("\n%%EOF\n");
    try {
      return Files.write(files.resolve(name), pdf.toString().getBytes(StandardCharsets.US_ASCII));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static String sha256(Path file) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(file)));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static long size(Path file) {
    try {
      return Files.size(file);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  // ---- helpers ----

  private String base() {
    return "http://localhost:" + port;
  }


}
