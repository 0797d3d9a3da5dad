package cn.qijin.operations;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeFalse;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.util.unit.DataSize;

/** The evidence store's health: writable and with enough free space, or DOWN with a Chinese message. */
class EvidenceStoreHealthIndicatorTest {

  @TempDir Path dir;

  @Test
  void a_writable_store_with_space_is_up_and_leaves_no_probe_file_behind() throws IOException {
    Path store = store();
    Health health = new EvidenceStoreHealthIndicator(store, DataSize.ofBytes(1)).health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat((Long) health.getDetails().get("freeBytes")).isPositive();
    try (Stream<Path> files = Files.walk(store)) {
      assertThat(files.filter(Files::isRegularFile)).isEmpty();
    }
  }

  @Test
  void less_free_space_than_the_threshold_is_down() throws IOException {
    Path store = store();
    long usable = Files.getFileStore(store).getUsableSpace();
    Health health = new EvidenceStoreHealthIndicator(store, DataSize.ofBytes(usable + DataSize.ofTerabytes(1).toBytes())).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat((String) health.getDetails().get("message")).contains("剩余空间不足");
  }

  @Test
  void a_read_only_store_is_down() throws IOException {
    Path store = store();
    Files.setPosixFilePermissions(store.resolve("tmp"), PosixFilePermissions.fromString("r-xr-xr-x"));
    Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("r-xr-xr-x"));
    try {
      assumeFalse(Files.isWritable(store), "this user (root?) may write a read-only directory; see the next test");
      Health health = new EvidenceStoreHealthIndicator(store, DataSize.ofBytes(1)).health();
      assertThat(health.getStatus()).isEqualTo(Status.DOWN);
      assertThat((String) health.getDetails().get("message")).contains("不可写");
    } finally {
      Files.setPosixFilePermissions(store, PosixFilePermissions.fromString("rwxr-xr-x"));
      Files.setPosixFilePermissions(store.resolve("tmp"), PosixFilePermissions.fromString("rwxr-xr-x"));
    }
  }

  @Test
  void a_store_that_cannot_take_a_file_is_down_even_for_root() throws IOException {
    Path store = Files.createDirectories(dir.resolve("evidence"));
    Files.writeString(store.resolve("tmp"), "not a directory"); // uploads write their temporary files in tmp/
    Health health = new EvidenceStoreHealthIndicator(store, DataSize.ofBytes(1)).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat((String) health.getDetails().get("message")).contains("不可写");
  }

  @Test
  void a_missing_store_is_down() {
    Health health = new EvidenceStoreHealthIndicator(dir.resolve("gone"), DataSize.ofBytes(1)).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat((String) health.getDetails().get("message")).contains("不存在");
  }

  private Path store() throws IOException {
    Path store = dir.resolve("evidence");
    Files.createDirectories(store.resolve("tmp"));
    return store;
  }
}
