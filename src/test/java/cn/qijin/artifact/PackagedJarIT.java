package cn.qijin.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The artifact operators run (issue 9): the jar {@code mvn package} builds, started with {@code java -jar}
 * on a fresh data folder, and the layered layout the container image is built from. Each must deploy
 * every process, decision and form of the source tree and serve the demo in Tasklist and Cockpit.
 */
class PackagedJarIT {

  private static final Path JAR = Path.of(System.getProperty("qijin.artifact", "target/qijin.jar"));
  private static final Path PROJECT = Path.of(System.getProperty("qijin.basedir", "."));
  private static final ShippedModels SHIPPED = ShippedModels.of(PROJECT);

  @Test
  void javaMinusJarServesTheDemoAndARestartDeploysNothingNew(@TempDir Path work) {
    assertThat(JAR).as("the packaged jar (mvn package)").exists();
    Map<String, String> env = Map.of("QIJIN_DATA_DIR", work.resolve("data").toString());
    List<String> args = List.of("-jar", JAR.toString());

    try (RunningArtifact app = RunningArtifact.start(work, env, args).awaitReady()) {
      servesTheProduct(app);
      assertThat(app.json("/engine-rest/deployment/count", "admin").path("count").asInt()).isEqualTo(1);
    }
    try (RunningArtifact restarted = RunningArtifact.start(work, env, args).awaitReady()) {
      assertThat(restarted.json("/engine-rest/deployment/count", "admin").path("count").asInt())
          .as("a restart without changes deploys no new version").isEqualTo(1);
      assertThat(latestVersions(restarted)).allMatch(version -> version == 1);
    }
  }

  @Test
  void theContainersLayeredLayoutServesTheDemoAndPassesItsHealthCheck(@TempDir Path work) throws IOException {
    ContainerRecipe recipe = ContainerRecipe.read(PROJECT.resolve("Dockerfile"));
    assertThat(recipe.layers()).containsExactly("dependencies", "spring-boot-loader", "snapshot-dependencies", "application");
    // as the Dockerfile's build stage: the jar under the entry point's name, extracted into layers
    Path jar = Files.copy(JAR, work.resolve(recipe.entrypointJar()));
    Path layers = work.resolve("layers");
    RunningArtifact.Finished extract = RunningArtifact.runToEnd(work, Map.of(), List.of(RunningArtifact.java(),
        "-Djarmode=tools", "-jar", jar.toString(), "extract", "--layers", "--destination", layers.toString()),
        Duration.ofMinutes(2));
    assertThat(extract.exitCode()).as(extract.output()).isZero();
    // as the image: the layers copied into one folder in the Dockerfile's order
    Path app = work.resolve("app");
    for (String layer : recipe.layers()) {
      copyTree(layers.resolve(layer), app);
    }
    Path applicationJar = app.resolve(recipe.entrypointJar());
    assertThat(applicationJar).exists();

    Map<String, String> env = Map.of("QIJIN_DATA_DIR", work.resolve("data").toString(), "TZ", "Asia/Shanghai");
    try (RunningArtifact running = RunningArtifact.start(app, env, List.of("-jar", applicationJar.toString())).awaitReady()) {
      servesTheProduct(running);
      RunningArtifact.Finished health = RunningArtifact.runToEnd(work, Map.of("PORT", String.valueOf(running.port)),
          recipe.healthcheck(), Duration.ofSeconds(30));
      assertThat(health.exitCode()).as("the image's HEALTHCHECK command: %s", health.output()).isZero();
    }
  }

  private static void servesTheProduct(RunningArtifact app) {
    JsonNode definitions = app.json("/engine-rest/process-definition?latestVersion=true", "admin");
    Set<String> keys = new TreeSet<>();
    definitions.forEach(d -> keys.add(d.path("key").asText()));
    assertThat(keys).as("process definitions deployed from the jar").isEqualTo(SHIPPED.processKeys());

    Set<String> decisions = new TreeSet<>();
    app.json("/engine-rest/decision-definition?latestVersion=true", "admin").forEach(d -> decisions.add(d.path("key").asText()));
    assertThat(decisions).as("decisions deployed from the jar").isEqualTo(SHIPPED.decisionKeys());

    String deploymentId = definitions.get(0).path("deploymentId").asText();
    Set<String> resources = new TreeSet<>();
    app.json("/engine-rest/deployment/" + deploymentId + "/resources", "admin").forEach(r -> resources.add(r.path("name").asText()));
    assertThat(resources).as("forms deployed with the processes").containsAll(SHIPPED.formResources());

    JsonNode campaigns = app.json("/api/campaigns", "office");
    assertThat(campaigns).as("the demo campaign").isNotEmpty();
    assertThat(campaigns.get(0).path("name").asText()).contains("七进");
    // REC-2 in the demo: ORG01 handed in this quarter's session on time; it waits for the office and stays green
    JsonNode dashboard = app.json("/api/dashboard", "office");
    assertThat(dashboard.path("matrix").findParents("unitCode").stream()
        .filter(row -> row.path("unitCode").asText().equals("ORG01"))
        .map(row -> row.path("cells").path(dashboard.path("quarter").path("code").asText()).path("state").asText()))
        .as("ORG01's cell this quarter").containsExactly("SUBMITTED");
    assertThat(dashboard.path("reviews").findValuesAsText("unitCode")).as("waiting for the office").contains("ORG01");

    JsonNode tasks = app.json("/engine-rest/task?sortBy=name&sortOrder=asc", "ent01");
    assertThat(tasks).as("ent01's tasks in Tasklist").isNotEmpty();
    String taskId = tasks.get(0).path("id").asText();
    assertThat(app.json("/engine-rest/task/" + taskId + "/form", "ent01").path("key").asText()).startsWith("embedded:deployment:forms/");
    HttpResponse<String> form = app.get("/engine-rest/task/" + taskId + "/deployed-form", "ent01");
    assertThat(form.statusCode()).as("the task's embedded form").isEqualTo(200);
    assertThat(form.body()).contains("<form");

    HttpResponse<String> tasklist = app.get("/camunda/app/tasklist/default/", null);
    assertThat(tasklist.statusCode()).isEqualTo(200);
    assertThat(tasklist.body()).contains("<html");
    HttpResponse<String> plugin = app.get("/camunda/app/cockpit/scripts/qijin-dashboard.js", null);
    assertThat(plugin.statusCode()).as("a Cockpit plugin script").isEqualTo(200);
    assertThat(plugin.body()).contains("export default");
    assertThat(app.get("/camunda/app/cockpit/scripts/config.js", null).body()).contains("qijin-dashboard.js");
    assertThat(app.get("/camunda/app/tasklist/locales/zh.json", null).body()).contains("任务");
  }

  private static List<Integer> latestVersions(RunningArtifact app) {
    List<Integer> versions = new java.util.ArrayList<>();
    app.json("/engine-rest/process-definition?latestVersion=true", "admin").forEach(d -> versions.add(d.path("version").asInt()));
    return versions;
  }

  private static void copyTree(Path from, Path to) throws IOException {
    if (!Files.exists(from)) {
      return;
    }
    try (Stream<Path> walk = Files.walk(from)) {
      walk.forEach(source -> {
        Path target = to.resolve(from.relativize(source).toString());
        try {
          if (Files.isDirectory(source)) {
            Files.createDirectories(target);
          } else {
            Files.copy(source, target);
          }
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      });
    }
  }
}
