package cn.qijin.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Issue 12, point 4: on the embedded default (H2), work the product acknowledged with a 2xx is there
 * after the process is killed (SIGKILL) right after the answer and started again.
 */
class CrashIT {

  private static final Path JAR = Path.of(System.getProperty("qijin.artifact", "target/qijin.jar"));

  @Test
  void aTaskCompletedJustBeforeAKillIsCompletedAfterTheRestart(@TempDir Path work) {
    Map<String, String> env = Map.of("QIJIN_DATA_DIR", work.resolve("data").toString());
    List<String> args = List.of("-jar", JAR.toString());
    String taskId;
    try (RunningArtifact app = RunningArtifact.start(work, env, args).awaitReady()) {
      JsonNode tasks = app.json("/engine-rest/task?taskDefinitionKey=AcknowledgePlanTask", "ent01");
      assertThat(tasks).as("ent01's overdue plan acknowledgement in the demo").hasSize(1);
      taskId = tasks.get(0).path("id").asText();
      HttpResponse<String> done = app.postJson("/engine-rest/task/" + taskId + "/submit-form", "ent01",
          "{\"variables\":{\"ackSignerName\":{\"value\":\"张三\",\"type\":\"String\"}}}");
      assertThat(done.statusCode()).as(done.body()).isEqualTo(204);
      app.kill();
    }
    try (RunningArtifact restarted = RunningArtifact.start(work, env, args).awaitReady()) {
      assertThat(restarted.json("/engine-rest/history/task/count?taskId=" + taskId + "&finished=true", "admin")
          .path("count").asInt()).as("the acknowledged completion survived the kill").isEqualTo(1);
      assertThat(restarted.json("/engine-rest/task?taskDefinitionKey=AcknowledgePlanTask", "ent01")).isEmpty();
    }
  }
}
