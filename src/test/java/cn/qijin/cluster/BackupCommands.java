package cn.qijin.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.support.PostgresAvailable;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.DigestInputStream;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;

/**
 * The commands of docs/backup.md as the test runs them: pg_dump, pg_restore and tar through
 * ProcessBuilder, databases created and dropped through the PostgreSQL test server's maintenance
 * database ({@code postgres}).
 */
final class BackupCommands {

  private BackupCommands() {}

  /** Skips the test with one line where a command is missing; fails instead when CI=true. */
  static void require(String... commands) {
    List<String> missing = new ArrayList<>();
    for (String command : commands) {
      if (onPath(command) == null) {
        missing.add(command);
      }
    }
    if (missing.isEmpty()) {
      return;
    }
    String line = "Backup test skipped: " + String.join(", ", missing) + " not on the PATH — install the PostgreSQL "
        + "client (apt-get install postgresql-client) to run it.";
    if ("true".equalsIgnoreCase(System.getenv("CI"))) {
      throw new IllegalStateException("CI=true but " + line);
    }
    System.out.println(line);
    Assumptions.abort(line);
  }

  private static Path onPath(String command) {
    for (String dir : System.getenv().getOrDefault("PATH", "").split(File.pathSeparator)) {
      Path candidate = Path.of(dir, command);
      if (!dir.isEmpty() && Files.isExecutable(candidate)) {
        return candidate;
      }
    }
    return null;
  }

  /** Runs a command to its end (at most two minutes) and fails with its output unless it exits with 0. */
  static void run(String... command) {
    ProcessBuilder builder = new ProcessBuilder(command).redirectErrorStream(true);
    if (!PostgresAvailable.password().isEmpty()) {
      builder.environment().put("PGPASSWORD", PostgresAvailable.password());
    }
    try {
      Process process = builder.start();
      process.getOutputStream().close();
      byte[] output = process.getInputStream().readAllBytes();
      if (!process.waitFor(2, TimeUnit.MINUTES)) {
        process.destroyForcibly();
        throw new AssertionError(String.join(" ", command) + " did not finish within two minutes");
      }
      assertThat(process.exitValue()).as("%s\n%s", String.join(" ", command), new String(output, StandardCharsets.UTF_8))
          .isZero();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  /** tar of a folder's content, as docs/backup.md takes it (without the store's tmp/ of unfinished uploads). */
  static void tar(Path folder, Path archive) {
    mkdirs(archive.getParent());
    run("tar", "-C", folder.toString(), "--exclude=./evidence/tmp", "--exclude=./tmp", "-czf", archive.toString(), ".");
  }

  static void untar(Path archive, Path folder) {
    mkdirs(folder);
    run("tar", "-C", folder.toString(), "-xzf", archive.toString());
  }

  static String sha256(Path file) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      try (InputStream in = new DigestInputStream(Files.newInputStream(file), digest)) {
        in.transferTo(OutputStream.nullOutputStream());
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  static String sha256(byte[] bytes) {
    try {
      return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(bytes));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void mkdirs(Path folder) {
    try {
      Files.createDirectories(folder);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The PostgreSQL test server (host and port of {@link PostgresAvailable#url()}) and its databases. */
  record Postgres(String host, int port, String user) {

    static Postgres ofTestServer() {
      URI uri = URI.create(PostgresAvailable.url().substring("jdbc:".length()));
      return new Postgres(uri.getHost(), uri.getPort() < 0 ? 5432 : uri.getPort(), PostgresAvailable.user());
    }

    String url(String database) {
      return "jdbc:postgresql://" + host + ":" + port + "/" + database;
    }

    /** The application's datasource settings for one database. */
    String[] settings(String database) {
      return new String[] {"--spring.datasource.url=" + url(database), "--spring.datasource.username=" + user,
          "--spring.datasource.password=" + PostgresAvailable.password()};
    }

    void create(String database) {
      maintenance("create database " + testDatabase(database));
    }

    void drop(String database) {
      maintenance("drop database if exists " + testDatabase(database) + " with (force)");
    }

    /** {@code pg_dump -Fc} of a database into a file, as docs/backup.md runs it. */
    void dump(String database, Path file) {
      mkdirs(file.getParent());
      run("pg_dump", "-h", host, "-p", Integer.toString(port), "-U", user, "-Fc", "-f", file.toString(), database);
    }

    /** {@code pg_restore} of a dump into an empty database, as docs/backup.md runs it. */
    void restore(Path file, String database) {
      run("pg_restore", "-h", host, "-p", Integer.toString(port), "-U", user, "-d", database, "--no-owner",
          "--no-privileges", "--single-transaction", file.toString());
    }

    /** Only the databases this test makes are ever created or dropped here. */
    private static String testDatabase(String name) {
      if (!name.matches("qijin_backup_(src|dst)_[a-z0-9]+")) {
        throw new IllegalArgumentException("not a backup test database: " + name);
      }
      return name;
    }

    private void maintenance(String sql) {
      try (Connection c = DriverManager.getConnection(url("postgres"), user, PostgresAvailable.password());
          Statement s = c.createStatement()) {
        s.execute(sql);
      } catch (SQLException e) {
        throw new IllegalStateException(sql + ": " + e.getMessage(), e);
      }
    }
  }
}
