package cn.qijin.operations;

import cn.qijin.evidence.EvidenceStore;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.nio.file.StandardCopyOption;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;
import org.springframework.util.unit.DataSize;

/**
 * Health contributor {@code evidenceStore} (readiness): the evidence directory takes a file the way an
 * upload does — a temporary file in {@code tmp/}, written and moved atomically into the store — and its
 * disk has at least {@code qijin.operations.min-free-space} left. The probe file is deleted again.
 */
@Component("evidenceStoreHealthIndicator")
public class EvidenceStoreHealthIndicator extends AbstractHealthIndicator {

  private static final Logger LOG = LoggerFactory.getLogger(EvidenceStoreHealthIndicator.class);

  /** Anyone may ask for readiness: a probe file is written at most this often, whatever the request rate. */
  static final Duration PROBE_INTERVAL = Duration.ofSeconds(5);

  private final Path root;
  private final DataSize minFreeSpace;
  private volatile Instant lastGoodProbe = Instant.EPOCH;

  @Autowired
  public EvidenceStoreHealthIndicator(EvidenceStore store, OperationsProperties properties) {
    this(store.root(), properties.minFreeSpace());
  }

  public EvidenceStoreHealthIndicator(Path root, DataSize minFreeSpace) {
    super("Evidence store health check failed");
    this.root = root;
    this.minFreeSpace = minFreeSpace;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.withDetail("path", root.toString()).withDetail("minFreeBytes", minFreeSpace.toBytes());
    if (!Files.isDirectory(root)) {
      builder.down().withDetail("message", "证据文件目录不存在");
      return;
    }
    try {
      if (Instant.now().isAfter(lastGoodProbe.plus(PROBE_INTERVAL))) {
        probe();
        lastGoodProbe = Instant.now();
      }
    } catch (IOException | RuntimeException e) {
      lastGoodProbe = Instant.EPOCH;
      LOG.warn("Evidence store {} is not writable: {}", root, e.toString());
      builder.down().withDetail("message", "证据文件目录不可写，上传的佐证材料无法保存").withDetail("error", e.toString());
      return;
    }
    long free;
    try {
      free = Files.getFileStore(root).getUsableSpace();
    } catch (IOException e) {
      builder.down().withDetail("message", "无法读取证据文件目录所在磁盘的剩余空间").withDetail("error", e.toString());
      return;
    }
    builder.withDetail("freeBytes", free);
    if (free < minFreeSpace.toBytes()) {
      LOG.warn("Evidence store {} has {} bytes free, less than the {} required", root, free, minFreeSpace);
      builder.down().withDetail("message", "证据文件目录所在磁盘剩余空间不足（少于 " + minFreeSpace.toMegabytes() + " MB）");
      return;
    }
    builder.up();
  }

  /** Writes a probe file as EvidenceStore.put does (temporary file, atomic move), then deletes it. */
  private void probe() throws IOException {
    Path temp = Files.createTempFile(root.resolve("tmp"), "health-", ".probe");
    Path moved = root.resolve(temp.getFileName());
    try {
      Files.writeString(temp, "qijin health probe", StandardCharsets.US_ASCII);
      Files.move(temp, moved, StandardCopyOption.ATOMIC_MOVE);
    } finally {
      Files.deleteIfExists(temp);
      Files.deleteIfExists(moved);
    }
  }
}
