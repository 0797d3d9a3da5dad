package cn.qijin.artifact;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What the {@code Dockerfile} does, read from it so the artifact test runs the same steps without a
 * Docker engine: the layers it copies (in order), the jar its entry point starts, its health check.
 */
record ContainerRecipe(List<String> layers, String entrypointJar, List<String> healthcheck) {

  private static final Pattern LAYER = Pattern.compile("COPY --from=build /layers/([\\w-]+)/ \\./");
  private static final Pattern ENTRYPOINT = Pattern.compile("ENTRYPOINT (\\[.*])");
  private static final Pattern HEALTHCHECK = Pattern.compile("HEALTHCHECK .*? CMD (\\[.*])");

  static ContainerRecipe read(Path dockerfile) {
    try {
      // one instruction per line: continuation lines joined
      String text = Files.readString(dockerfile).replace("\\\n", " ");
      List<String> layers = new ArrayList<>();
      Matcher layer = LAYER.matcher(text);
      while (layer.find()) {
        layers.add(layer.group(1));
      }
      List<String> entrypoint = array(text, ENTRYPOINT);
      String jar = entrypoint.get(entrypoint.indexOf("-jar") + 1);
      return new ContainerRecipe(layers, Path.of(jar).getFileName().toString(), array(text, HEALTHCHECK));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> array(String text, Pattern pattern) throws IOException {
    Matcher m = pattern.matcher(text);
    if (!m.find()) {
      throw new IllegalStateException("Dockerfile has no " + pattern);
    }
    return Arrays.asList(new ObjectMapper().readValue(m.group(1), String[].class));
  }
}
