package cn.qijin.support;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Comparator;
import java.util.Map;
import java.util.stream.Stream;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * One headless Debian chromium, driven by Debian's chromedriver, for one user. Both executables are
 * given explicitly (driver path on the service, browser binary on the options), so Selenium Manager
 * never runs and nothing is downloaded. Chinese browser language, Shanghai time zone, a fresh profile
 * directory that is deleted again on {@link #close()}. Use only where {@link BrowserAvailable} allows.
 */
public final class Chromium implements AutoCloseable {

  public static final Duration TIMEOUT = Duration.ofSeconds(30);

  private final Path profile;
  private final ChromeDriver driver;

  private Chromium(Path profile, ChromeDriver driver) {
    this.profile = profile;
    this.driver = driver;
  }

  public static Chromium start() {
    Path profile;
    try {
      profile = Files.createTempDirectory("qijin-chromium-");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    ChromeDriverService service = new ChromeDriverService.Builder()
        .usingDriverExecutable(BrowserAvailable.CHROMEDRIVER.toFile())
        .usingAnyFreePort()
        // the browser's local time is the users' (dates and times in Tasklist and Cockpit)
        .withEnvironment(Map.of("TZ", "Asia/Shanghai"))
        .build();
    ChromeOptions options = new ChromeOptions();
    options.setBinary(BrowserAvailable.CHROMIUM.toString());
    options.addArguments(
        "--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
        "--disable-background-networking", "--disable-component-update", "--disable-sync",
        "--no-first-run", "--user-data-dir=" + profile, "--window-size=1400,1000", "--lang=zh-CN");
    options.setExperimentalOption("prefs", Map.of("intl.accept_languages", "zh-CN,zh"));
    try {
      return new Chromium(profile, new ChromeDriver(service, options));
    } catch (RuntimeException e) {
      deleteQuietly(profile);
      throw e;
    }
  }

  public WebDriver driver() {
    return driver;
  }

  /** A new explicit wait (withMessage changes the wait it is called on, so every step gets its own). */
  public WebDriverWait await() {
    WebDriverWait wait = new WebDriverWait(driver, TIMEOUT);
    wait.ignoring(StaleElementReferenceException.class); // Angular re-renders lists and forms
    return wait;
  }

  public Object js(String script, Object... args) {
    return ((JavascriptExecutor) driver).executeScript(script, args);
  }

  /** Scrolls the element to the middle of the window (away from the fixed header and footer), then clicks it. */
  public void click(WebElement element) {
    js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
    await().until(ExpectedConditions.elementToBeClickable(element)).click();
  }

  /**
   * Finds, scrolls to and clicks the element, finding it again when Angular re-rendered it in between
   * (Tasklist refreshes its lists by itself).
   */
  public void click(org.openqa.selenium.By locator) {
    await().ignoring(org.openqa.selenium.ElementClickInterceptedException.class).until(d -> {
      WebElement element = d.findElement(locator);
      js("arguments[0].scrollIntoView({block: 'center', inline: 'nearest'});", element);
      if (!element.isDisplayed() || !element.isEnabled()) {
        return false;
      }
      element.click();
      return true;
    });
  }

  /** Saves a PNG of the window under target/browser-screenshots/. */
  public Path screenshot(String name) {
    try {
      Path dir = Path.of("target", "browser-screenshots");
      Files.createDirectories(dir);
      Path file = dir.resolve(name.endsWith(".png") ? name : name + ".png");
      Files.write(file, driver.getScreenshotAs(OutputType.BYTES));
      return file;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Override
  public void close() {
    try {
      driver.quit();
    } finally {
      deleteQuietly(profile);
    }
  }

  private static void deleteQuietly(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException ignored) {
      // a leftover temporary profile does no harm
    }
  }
}
