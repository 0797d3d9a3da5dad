package cn.qijin.startup;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationEnvironmentPreparedEvent;
import org.springframework.context.ApplicationListener;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Checks what an operator sets before anything heavy starts: the data and evidence folders can be
 * written, the database answers to the configured account, the port is free. A failure stops the start
 * in a second with one line saying what to fix, instead of a 300-line stack trace after the engine has
 * half started. Registered by {@code main}, so it guards {@code java -jar} and {@code spring-boot:run}.
 */
public class StartupChecks implements ApplicationListener<ApplicationEnvironmentPreparedEvent>, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(StartupChecks.class);
  private static final int DATABASE_LOGIN_TIMEOUT_SECONDS = 10;

  @Override
  public int getOrder() {
    // after Spring Boot's logging listener, so the report is logged like every other line
    return Ordered.LOWEST_PRECEDENCE;
  }

  @Override
  public void onApplicationEvent(ApplicationEnvironmentPreparedEvent event) {
    ConfigurableEnvironment env = event.getEnvironment();
    String url = required(env, "spring.datasource.url", "QIJIN_DB_URL");
    String user = env.getProperty("spring.datasource.username", "");
    String password = required(env, "spring.datasource.password", "QIJIN_DB_PASSWORD");
    String evidenceDir = required(env, "qijin.evidence.store-dir", "QIJIN_EVIDENCE_DIR");
    if (env.containsProperty("camunda.bpm.admin-user.id")) {
      required(env, "camunda.bpm.admin-user.password", "QIJIN_ADMIN_PASSWORD");
    }
    if (url.startsWith("jdbc:h2:file:")) {
      writableFolder(Path.of(url.substring("jdbc:h2:file:".length()).split(";")[0]).toAbsolutePath().getParent(),
          "数据目录", "QIJIN_DATA_DIR");
    }
    writableFolder(Path.of(evidenceDir).toAbsolutePath(), "佐证材料目录", "QIJIN_EVIDENCE_DIR（或 QIJIN_DATA_DIR）");
    if (!url.startsWith("jdbc:h2:")) {
      databaseAnswers(url, user, password);
    }
    portFree(env.getProperty("server.address"), env.getProperty("server.port", Integer.class, 8080));
  }

  private static String required(ConfigurableEnvironment env, String key, String variable) {
    try {
      String value = env.getProperty(key);
      if (value == null) {
        throw missing(variable, null);
      }
      return value;
    } catch (IllegalArgumentException unresolvedPlaceholder) {
      throw missing(variable, unresolvedPlaceholder);
    }
  }

  private static StartupCheckFailed missing(String variable, Throwable cause) {
    return new StartupCheckFailed("启动失败：未设置环境变量 " + variable + "。",
        "设置 " + variable + " 后重新启动（全部环境变量见 docs/deployment.md）。", cause);
  }

  static void writableFolder(Path folder, String what, String variable) {
    try {
      Files.createDirectories(folder);
      Path probe = Files.createTempFile(folder, ".write-check", ".tmp");
      Files.delete(probe);
    } catch (IOException | SecurityException e) {
      throw new StartupCheckFailed("启动失败：" + what + " " + folder + " 无法写入（" + e.getClass().getSimpleName()
          + ": " + e.getMessage() + "）。",
          "把 " + variable + " 指向本程序运行账号可写的目录，或修改该目录的权限后重新启动。", e);
    }
  }

  static void databaseAnswers(String url, String user, String password) {
    DriverManager.setLoginTimeout(DATABASE_LOGIN_TIMEOUT_SECONDS);
    try (Connection ignored = DriverManager.getConnection(url, user, password)) {
      LOG.info("Database {} answers to user '{}'", url, user);
    } catch (SQLException e) {
      throw databaseRefused(url, user, e);
    }
  }

  private static StartupCheckFailed databaseRefused(String url, String user, SQLException e) {
    String state = e.getSQLState() == null ? "" : e.getSQLState();
    String problem;
    String action;
    if (state.startsWith("28")) {
      problem = "数据库拒绝了用户 " + user + " 的登录（用户名或密码错误）";
      action = "检查 QIJIN_DB_USER 和 QIJIN_DB_PASSWORD。";
    } else if (state.equals("3D000")) {
      problem = "数据库 " + url + " 不存在";
      action = "先创建数据库（例如 createdb -O " + user + " qijin），或改正 QIJIN_DB_URL 中的库名。";
    } else if (state.startsWith("08")) {
      problem = "无法连接数据库 " + url;
      action = "检查 QIJIN_DB_URL 中的主机和端口，并确认 PostgreSQL 已启动、网络可达。";
    } else {
      problem = "无法使用数据库 " + url;
      action = "检查 QIJIN_DB_URL、QIJIN_DB_USER 和 QIJIN_DB_PASSWORD。";
    }
    return new StartupCheckFailed("启动失败：" + problem + "（" + e.getMessage() + "）。", action, e);
  }

  static void portFree(String address, int port) {
    if (port <= 0) {
      return;
    }
    InetSocketAddress endpoint = address == null ? new InetSocketAddress(port) : new InetSocketAddress(address, port);
    try (ServerSocket socket = new ServerSocket()) {
      socket.setReuseAddress(true);
      socket.bind(endpoint);
    } catch (IOException e) {
      throw new StartupCheckFailed("启动失败：端口 " + port + " 已被占用（" + e.getMessage() + "）。",
          "停止占用该端口的程序，或用环境变量 PORT 换一个端口后重新启动。", e);
    }
  }
}
