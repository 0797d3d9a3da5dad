package cn.qijin.support;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where Debian's chromium and chromedriver are installed (the browser suite
 * never downloads a browser or driver). Skips with one line saying how to enable it; fails instead
 * of skipping when CI=true.
 */
public class BrowserAvailable implements ExecutionCondition {

  /** Debian's chromium (package chromium); -Dqijin.test.chromium=... only to try the skip rule. */
  public static final Path CHROMIUM = Path.of(System.getProperty("qijin.test.chromium", "/usr/bin/chromium"));
  /** Debian's chromedriver (package chromium-driver). */
  public static final Path CHROMEDRIVER =
      Path.of(System.getProperty("qijin.test.chromedriver", "/usr/bin/chromedriver"));

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    String missing = missing();
    if (missing.isEmpty()) {
      return ConditionEvaluationResult.enabled("chromium at " + CHROMIUM + ", chromedriver at " + CHROMEDRIVER);
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but the browser suite cannot run: missing " + missing
          + " (apt-get install chromium chromium-driver)");
    }
    String line = "Browser suite skipped: install Debian's chromium and chromium-driver "
        + "(apt-get install chromium chromium-driver) to run it";
    System.out.println(line);
    return ConditionEvaluationResult.disabled(line);
  }

  private static String missing() {
    StringBuilder missing = new StringBuilder();
    for (Path p : new Path[] {CHROMIUM, CHROMEDRIVER}) {
      if (!Files.isExecutable(p)) {
        missing.append(missing.length() == 0 ? "" : " and ").append(p);
      }
    }
    return missing.toString();
  }
}
