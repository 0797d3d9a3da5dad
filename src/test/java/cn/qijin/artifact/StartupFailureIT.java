package cn.qijin.artifact;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import cn.qijin.support.PostgresAvailable;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * A start with a setting the operator got wrong ends at once with one line saying what to fix (issue 9),
 * not with a stack trace after the engine half started.
 */
class StartupFailureIT {

  private static final Path JAR = Path.of(System.getProperty("qijin.artifact", "target/qijin.jar"));

  @Test
  void anUnreachableDatabaseNamesTheUrlToFix(@TempDir Path work) {
    String output = failsToStart(work, postgres("jdbc:postgresql://127.0.0.1:" + RunningArtifact.freePort() + "/qijin", "qijin"));
    assertThat(output).contains("启动失败：无法连接数据库 jdbc:postgresql://127.0.0.1:").contains("检查 QIJIN_DB_URL");
  }

  @Test
  @ExtendWith(PostgresAvailable.class)
  void aRefusedLoginNamesUserAndPassword(@TempDir Path work) {
    // a role that does not exist is refused like a wrong password, also where the server trusts local logins
    String output = failsToStart(work, postgres(PostgresAvailable.url(), "no_such_role_qijin"));
    assertThat(output).contains("数据库拒绝了用户 no_such_role_qijin 的登录").contains("QIJIN_DB_PASSWORD");
  }

  @Test
  void aMissingPasswordIsNamed(@TempDir Path work) {
    Map<String, String> env = postgres("jdbc:postgresql://127.0.0.1:5432/qijin", "qijin");
    env.remove("QIJIN_DB_PASSWORD");
    assertThat(failsToStart(work, env)).contains("启动失败：未设置环境变量 QIJIN_DB_PASSWORD");
  }

  @Test
  void anUnwritableDataFolderIsNamed(@TempDir Path work) throws IOException {
    // a path below a plain file cannot be created, whoever runs the test (root ignores permissions)
    Path file = Files.createFile(work.resolve("not-a-folder"));
    String output = failsToStart(work, Map.of("QIJIN_DATA_DIR", file.resolve("data").toString()));
    assertThat(output).contains("启动失败：数据目录").contains("无法写入").contains("QIJIN_DATA_DIR");
  }

  @Test
  void aPortInUseIsNamed(@TempDir Path work) throws IOException {
    try (ServerSocket taken = new ServerSocket(0)) {
      String output = failsToStart(work, Map.of("QIJIN_DATA_DIR", work.resolve("data").toString(),
          "PORT", String.valueOf(taken.getLocalPort())));
      assertThat(output).contains("启动失败：端口 " + taken.getLocalPort() + " 已被占用");
    }
  }

  private static Map<String, String> postgres(String url, String user) {
    Map<String, String> env = new HashMap<>();
    env.put("SPRING_PROFILES_ACTIVE", "postgres");
    env.put("QIJIN_DB_URL", url);
    env.put("QIJIN_DB_USER", user);
    env.put("QIJIN_DB_PASSWORD", "wrong");
    env.put("QIJIN_ADMIN_PASSWORD", "irrelevant");
    env.put("QIJIN_DATA_DIR", "data");
    return env;
  }

  /** Starts the jar, expects it to exit non-zero within seconds, and returns what it printed. */
  private static String failsToStart(Path work, Map<String, String> env) {
    RunningArtifact.Finished run = RunningArtifact.runToEnd(work, env,
        List.of(RunningArtifact.java(), "-jar", JAR.toString()), Duration.ofSeconds(60));
    assertThat(run.exitCode()).as(run.output()).isNotZero();
    assertThat(run.output()).as("one clear report, no stack trace").contains("APPLICATION FAILED TO START")
        .doesNotContain("\tat org.springframework").doesNotContain("Caused by:");
    return run.output();
  }
}
