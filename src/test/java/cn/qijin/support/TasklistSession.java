package cn.qijin.support;

import static cn.qijin.support.WebApps.completeButton;
import static cn.qijin.support.WebApps.findCompleteButton;
import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Supplier;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.api.extension.TestWatcher;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.FluentWait;

/**
 * One Chromium shared by the users of a browser test class, working embedded forms in Chinese Tasklist: log in as a
 * user (the previous user's session and stored form state dropped), open a task by its link and claim it, press 完成
 * and read the form's Chinese error or wait until the engine has the task completed.
 */
public final class TasklistSession implements AutoCloseable {

  private final Chromium browser;
  private final String baseUrl;
  private final ProcessEngine engine;
  private String user;

  public TasklistSession(ProcessEngine engine, int port) {
    this.engine = engine;
    this.baseUrl = "http://localhost:" + port;
    this.browser = Chromium.start();
  }

  public Chromium browser() {
    return browser;
  }

  /** Logs in to Tasklist as the user (password {@link WebTestUsers#PASSWORD}) unless already logged in as them. */
  public TasklistSession loginAs(String userId) {
    if (userId.equals(user)) {
      return this;
    }
    if (user != null) {
      browser.js("window.localStorage.clear(); window.sessionStorage.clear();");
      browser.driver().manage().deleteAllCookies();
    }
    WebApps.login(browser, baseUrl, "tasklist", userId, WebTestUsers.PASSWORD);
    user = userId;
    return this;
  }

  /** Opens the task by its link, as a notification or a colleague would send it, claims it and waits for 完成. */
  public void openAndClaim(String userId, Task task) {
    loginAs(userId);
    openAndClaim(browser, baseUrl, engine, userId, task);
  }

  /**
   * In a browser already logged in to Tasklist as the user: opens the task by its link, claims it, waits until the
   * engine has it assigned and 完成 is enabled.
   */
  public static void openAndClaim(Chromium browser, String baseUrl, ProcessEngine engine, String userId, Task task) {
    browser.driver().get(baseUrl + "/camunda/app/tasklist/default/#/?task=" + task.getId());
    browser.click(By.cssSelector("button.claim"));
    engineAwait(engine).withMessage(task.getName() + " claimed by " + userId).until(e -> userId.equals(
        e.getTaskService().createTaskQuery().taskId(task.getId()).singleResult().getAssignee()));
    browser.await().withMessage("完成 enabled after claiming").until(d -> {
      WebElement complete = findCompleteButton(d);
      return complete != null && complete.isEnabled();
    });
  }

  /** Waits until the element shows exactly the text (the form has read the task's variables). */
  public void awaitText(String id, String text) {
    browser.await().withMessage("#" + id + " shows " + text)
        .until(d -> text.equals(d.findElement(By.id(id)).getText().trim()));
  }

  public String text(String id) {
    return browser.driver().findElement(By.id(id)).getText().trim();
  }

  public void click(String id) {
    browser.click(By.id(id));
  }

  public void type(String id, String text) {
    WebApps.type(browser, By.id(id), text);
  }

  /**
   * Presses 完成 on a form that must refuse: the form lists exactly these Chinese errors above it and under their
   * fields, and the task stays open.
   */
  public void completeRefused(Task task, String... errors) {
    browser.click(completeButton(browser.driver()));
    WebElement summary = browser.await().withMessage("#qj-errors shown")
        .until(visibilityOfElementLocated(By.id("qj-errors")));
    try {
      browser.await().until(d -> listedErrors(summary).equals(List.of(errors)));
    } catch (org.openqa.selenium.TimeoutException e) {
      assertThat(listedErrors(summary)).as("the form's errors").containsExactly(errors);
    }
    assertThat(engine.getTaskService().createTaskQuery().taskId(task.getId()).count())
        .as(task.getName() + " still open").isOne();
  }

  private static List<String> listedErrors(WebElement summary) {
    return summary.findElements(By.cssSelector("li a")).stream().map(e -> e.getText().trim()).toList();
  }

  /** Presses 完成 and waits until the engine has completed the task. */
  public void complete(Task task) {
    complete(browser, engine, task);
  }

  /**
   * In a browser showing the task's form: presses 完成, waits until the engine has completed the task and counts
   * the form as submitted for {@link SubmitsForms}.
   */
  public static void complete(Chromium browser, ProcessEngine engine, Task task) {
    String form = SubmittedForms.fileOf(
        engine.getFormService().getTaskFormKey(task.getProcessDefinitionId(), task.getTaskDefinitionKey()));
    awaitShown(browser, form);
    browser.click(completeButton(browser.driver()));
    engineAwait(engine).withMessage(task.getName() + " completed")
        .until(e -> e.getTaskService().createTaskQuery().taskId(task.getId()).count() == 0);
    assertThat(engine.getHistoryService().createHistoricTaskInstanceQuery().taskId(task.getId()).singleResult()
        .getDeleteReason()).isEqualTo("completed");
    SubmittedForms.record(form);
  }

  /**
   * In a browser showing the start form of the process (Tasklist's 发起流程): presses its start button, waits until
   * the engine has an instance more that the user started and counts the start form as submitted.
   */
  public static void start(Chromium browser, ProcessEngine engine, String processKey, String userId) {
    String form = SubmittedForms.fileOf(engine.getFormService().getStartFormKey(engine.getRepositoryService()
        .createProcessDefinitionQuery().processDefinitionKey(processKey).latestVersion().singleResult().getId()));
    awaitShown(browser, form);
    long before = startedBy(engine, processKey, userId);
    browser.click(By.cssSelector("button[ng-click='startProcessInstance()']"));
    engineAwait(engine).withMessage(processKey + " started by " + userId)
        .until(e -> startedBy(e, processKey, userId) == before + 1);
    SubmittedForms.record(form);
  }

  private static long startedBy(ProcessEngine engine, String processKey, String userId) {
    return engine.getHistoryService().createHistoricProcessInstanceQuery().processDefinitionKey(processKey)
        .startedBy(userId).count();
  }

  /** Waits until the page shows the embedded form of the file of forms/ (its form element, by name). */
  public static void awaitShown(Chromium browser, String formFile) {
    By form = By.cssSelector("form[name='" + SubmittedForms.formName(formFile) + "']");
    browser.await().withMessage(formFile + " shown").until(visibilityOfElementLocated(form));
  }

  /** Picks files in the form's #evidenceFiles and waits until each is listed as uploaded. */
  public void attach(Path... files) {
    By done = By.cssSelector("#evidenceFiles-list li.evidence-upload-done");
    int before = browser.driver().findElements(done).size();
    browser.driver().findElement(By.id("evidenceFiles"))
        .sendKeys(String.join("\n", java.util.Arrays.stream(files).map(p -> p.toAbsolutePath().toString()).toList()));
    browser.await().withMessage(files.length + " file(s) uploaded")
        .until(d -> d.findElements(done).size() == before + files.length
            || !d.findElements(By.cssSelector("#evidenceFiles-list li.evidence-upload-failed")).isEmpty());
    assertThat(browser.driver().findElements(By.cssSelector("#evidenceFiles-list li.evidence-upload-failed")))
        .as("uploads refused").isEmpty();
  }

  /** A test photo written to the folder, ready to pick in a file input. */
  public static Path photo(Path folder, String name) {
    try {
      return Files.write(folder.resolve(name), TestFiles.photo(name).bytes());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  public FluentWait<ProcessEngine> engineAwait() {
    return engineAwait(engine);
  }

  /** Polls the engine (or a repository, through it) until a condition holds, as long as the browser waits. */
  public static FluentWait<ProcessEngine> engineAwait(ProcessEngine engine) {
    return new FluentWait<>(engine).withTimeout(Chromium.TIMEOUT).pollingEvery(Duration.ofMillis(200));
  }

  /** Waits for a condition on the server's side (a repository row, a process state). */
  public void awaitServer(String what, BooleanSupplier condition) {
    engineAwait().withMessage(what).until(e -> condition.getAsBoolean());
  }

  /** Keeps a screenshot and the page of the session's browser when a test fails (target/browser-screenshots). */
  public static TestWatcher failureEvidence(Supplier<TasklistSession> session, String prefix) {
    return new TestWatcher() {
      @Override
      public void testFailed(ExtensionContext context, Throwable cause) {
        TasklistSession s = session.get();
        if (s != null) {
          WebApps.saveFailureEvidence(s.browser, "failure-" + prefix + "-" + context.getRequiredTestMethod().getName());
        }
      }
    };
  }

  @Override
  public void close() {
    browser.close();
  }
}
