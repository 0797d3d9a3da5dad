package cn.qijin.kernel.process;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/** The application's Java sources outside the contract's own package. */
final class JavaSources {

  static final Path MAIN = Path.of("src/main/java");
  static final Path CONTRACT = MAIN.resolve("cn/qijin/kernel/process");

  private JavaSources() {}

  /** Path → text of every main source file outside cn.qijin.kernel.process. */
  static Map<Path, String> outsideContract() {
    Map<Path, String> sources = new TreeMap<>();
    try (Stream<Path> files = Files.walk(MAIN)) {
      for (Path file : files.filter(p -> p.toString().endsWith(".java")).toList()) {
        if (!file.startsWith(CONTRACT)) {
          sources.put(file, Files.readString(file));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return sources;
  }

  static String mainOutsideContract() {
    return String.join("\n", outsideContract().values());
  }
}
