package cn.qijin.artifact;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/** What the source tree says the product ships: the process and decision keys of bpmn/, the forms of forms/. */
record ShippedModels(Set<String> processKeys, Set<String> decisionKeys, Set<String> formResources) {

  private static final Pattern PROCESS = Pattern.compile("<(?:bpmn:)?process\\s[^>]*?id=\"([^\"]+)\"");
  private static final Pattern DECISION = Pattern.compile("<decision\\s[^>]*?id=\"([^\"]+)\"");

  static ShippedModels of(Path projectDir) {
    return new ShippedModels(
        keys(projectDir.resolve("bpmn"), ".bpmn", PROCESS),
        keys(projectDir.resolve("bpmn"), ".dmn", DECISION),
        names(projectDir.resolve("forms")));
  }

  private static Set<String> keys(Path folder, String suffix, Pattern pattern) {
    Set<String> keys = new TreeSet<>();
    for (Path file : files(folder, suffix)) {
      try {
        Matcher m = pattern.matcher(Files.readString(file));
        while (m.find()) {
          keys.add(m.group(1));
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return keys;
  }

  private static Set<String> names(Path folder) {
    Set<String> names = new TreeSet<>();
    for (Path file : files(folder, ".html")) {
      names.add("forms/" + file.getFileName());
    }
    return names;
  }

  private static Set<Path> files(Path folder, String suffix) {
    try (Stream<Path> list = Files.list(folder)) {
      return list.filter(p -> p.getFileName().toString().endsWith(suffix)).collect(java.util.stream.Collectors.toCollection(TreeSet::new));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
