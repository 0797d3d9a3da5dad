package cn.qijin.support;

import java.io.File;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;
import java.util.stream.Stream;
import org.junit.jupiter.api.extension.ConditionEvaluationResult;
import org.junit.jupiter.api.extension.ExecutionCondition;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * Runs a test class only where LibreOffice's {@code soffice} is on the PATH (Debian's libreoffice-writer-nogui),
 * to render documents as a reader without the official fonts sees them. Skips with one line saying how to enable
 * it; fails instead of skipping when CI=true.
 */
public class LibreOfficeAvailable implements ExecutionCondition {

  /** {@code -Dqijin.test.soffice=...} names another executable, e.g. to try the skip rule. */
  public static Optional<Path> soffice() {
    String configured = System.getProperty("qijin.test.soffice");
    if (configured != null) {
      Path path = Path.of(configured);
      return Files.isExecutable(path) ? Optional.of(path) : Optional.empty();
    }
    String path = Optional.ofNullable(System.getenv("PATH")).orElse("");
    return Stream.of(path.split(File.pathSeparator)).filter(dir -> !dir.isBlank())
        .flatMap(dir -> Stream.of(Path.of(dir, "soffice"), Path.of(dir, "libreoffice")))
        .filter(Files::isExecutable).findFirst();
  }

  @Override
  public ConditionEvaluationResult evaluateExecutionCondition(ExtensionContext context) {
    Optional<Path> soffice = soffice();
    if (soffice.isPresent()) {
      return ConditionEvaluationResult.enabled("LibreOffice at " + soffice.get());
    }
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but the rendering tests cannot run: soffice is not on the PATH "
          + "(apt-get install libreoffice-writer-nogui)");
    }
    String line = "Rendering tests skipped: install LibreOffice (apt-get install libreoffice-writer-nogui) to run them";
    System.out.println(line);
    return ConditionEvaluationResult.disabled(line);
  }
}
