package cn.qijin.deployment;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.ResourcePatternResolver;
import org.springframework.stereotype.Component;

/**
 * The models and forms of the top-level {@code bpmn/} and {@code forms/} folders, which the pom copies to
 * {@code classpath:qijin/}. Read through Spring's resolver, which understands a plain class-path folder,
 * a jar, Spring Boot's nested jar and its extracted layers alike. Names stay relative to {@code qijin/}
 * ({@code bpmn/qijin-campaign.bpmn}, {@code forms/implement-item.html}): form keys
 * ({@code embedded:deployment:forms/...}) and duplicate filtering across restarts depend on them.
 */
@Component
public class ProcessArchiveResources {

  static final String ROOT = "classpath:qijin/";
  static final List<String> PATTERNS = List.of("bpmn/*.bpmn", "bpmn/*.dmn", "forms/*.html", "forms/*.form");

  private final ResourcePatternResolver resolver;

  public ProcessArchiveResources(ResourcePatternResolver resolver) {
    this.resolver = resolver;
  }

  /** Resource name → content, sorted by name; fails when the archive holds no process model. */
  public Map<String, byte[]> load() {
    Map<String, byte[]> found = new TreeMap<>();
    for (String pattern : PATTERNS) {
      String folder = pattern.substring(0, pattern.indexOf('/') + 1);
      for (Resource resource : find(ROOT + pattern)) {
        found.put(folder + resource.getFilename(), read(resource));
      }
    }
    if (found.keySet().stream().noneMatch(name -> name.endsWith(".bpmn"))) {
      throw new IllegalStateException("No BPMN model under " + ROOT + "bpmn/: the build did not package the"
          + " top-level bpmn/ folder (see the pom's <resources>)");
    }
    return found;
  }

  private Resource[] find(String pattern) {
    try {
      return resolver.getResources(pattern);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + pattern, e);
    }
  }

  private static byte[] read(Resource resource) {
    try (InputStream in = resource.getInputStream()) {
      return in.readAllBytes();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read " + resource.getDescription(), e);
    }
  }
}
