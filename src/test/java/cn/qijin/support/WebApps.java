package cn.qijin.support;

import static org.assertj.core.api.Assertions.assertThat;
import static org.openqa.selenium.support.ui.ExpectedConditions.attributeToBe;
import static org.openqa.selenium.support.ui.ExpectedConditions.visibilityOfElementLocated;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;

/** Steps every browser test takes in Camunda's Chinese web apps: log in, fill fields, press 完成. */
public final class WebApps {

  private static final Map<String, JsonNode> LABELS = new ConcurrentHashMap<>();

  private WebApps() {}

  /** A label of our Chinese locale file of a Camunda web app (what a zh browser must show). */
  public static String label(String app, String key) {
    JsonNode labels = LABELS.computeIfAbsent(app, name -> {
      String path = "META-INF/resources/webjars/camunda/app/" + name + "/locales/zh.json";
      try (InputStream in = WebApps.class.getClassLoader().getResourceAsStream(path)) {
        assertThat(in).as(path).isNotNull();
        return new ObjectMapper().readTree(new String(in.readAllBytes(), StandardCharsets.UTF_8)).path("labels");
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
    String value = labels.path(key).asText("");
    assertThat(value).as(app + " zh.json " + key).isNotBlank();
    return value;
  }

  /** Logs in on the app's Chinese login page (inputs bound with ng-model username/password). */
  public static void login(Chromium browser, String baseUrl, String app, String user, String password) {
    browser.driver().get(baseUrl + "/camunda/app/" + app + "/");
    WebElement username = browser.await().until(visibilityOfElementLocated(By.cssSelector("input[ng-model='username']")));
    browser.await().withMessage("Chinese login page (" + app + " zh.json)")
        .until(attributeToBe(username, "placeholder", label(app, "PAGE_LOGIN_USERNAME")));
    WebElement passwordInput = browser.driver().findElement(By.cssSelector("input[ng-model='password']"));
    assertThat(passwordInput.getAttribute("placeholder")).isEqualTo(label(app, "PAGE_LOGIN_PASSWORD"));
    username.sendKeys(user);
    passwordInput.sendKeys(password);
    WebElement signIn = browser.driver().findElement(By.cssSelector("form button[type='submit']"));
    assertThat(signIn.getText().trim()).isEqualTo(label(app, "PAGE_LOGIN_SIGN_IN_ACTION"));
    browser.click(signIn);
    browser.await().withMessage(user + " logged in to " + app).until(d -> !d.getCurrentUrl().contains("/login"));
  }

  /** Tasklist's 完成 (Complete) button under the form. */
  public static WebElement completeButton(WebDriver driver) {
    WebElement complete = findCompleteButton(driver);
    assertThat(complete).as("visible button " + label("tasklist", "COMPLETE")).isNotNull();
    return complete;
  }

  public static WebElement findCompleteButton(WebDriver driver) {
    String complete = label("tasklist", "COMPLETE");
    return driver.findElements(By.cssSelector("button[type='submit']")).stream()
        .filter(e -> e.isDisplayed() && complete.equals(e.getText().trim())).findFirst().orElse(null);
  }

  public static void type(Chromium browser, By field, String text) {
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
  public static void setDate(Chromium browser, By field, LocalDate date) {
    WebElement element = browser.driver().findElement(field);
    browser.js("""
        var e = arguments[0];
        Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value').set.call(e, arguments[1]);
        e.dispatchEvent(new Event('input', { bubbles: true }));
        e.dispatchEvent(new Event('change', { bubbles: true }));
        e.dispatchEvent(new Event('blur'));""", element, date.toString());
    browser.await().until(attributeToBe(element, "value", date.toString()));
  }

  /**
   * A screenshot of a whole Cockpit page kept as a test artifact (target/browser-artifacts/&lt;name&gt;.png). Cockpit
   * scrolls its content inside the page, so the window is made as tall as the element for the shot.
   */
  public static Path savePageArtifact(Chromium browser, String elementId, String name) {
    long height = ((Number) browser.js("return document.getElementById(arguments[0]).scrollHeight;", elementId))
        .longValue();
    browser.driver().manage().window().setSize(new Dimension(1400, (int) Math.min(4000, Math.max(1000, height + 200))));
    browser.js("document.getElementById(arguments[0]).scrollIntoView();", elementId);
    try {
      Path dir = Path.of("target", "browser-artifacts");
      Files.createDirectories(dir);
      return Files.write(dir.resolve(name + ".png"),
          ((TakesScreenshot) browser.driver()).getScreenshotAs(OutputType.BYTES));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } finally {
      browser.driver().manage().window().setSize(new Dimension(1400, 1000));
    }
  }

  /** A screenshot and the page's HTML under target/browser-screenshots, for a failed test. */
  public static void saveFailureEvidence(Chromium browser, String name) {
    try {
      browser.screenshot(name);
      Files.writeString(Path.of("target", "browser-screenshots", name + ".html"), browser.driver().getPageSource());
    } catch (RuntimeException | IOException ignored) {
      // the original failure matters more
    }
  }
}
