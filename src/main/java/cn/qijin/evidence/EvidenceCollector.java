package cn.qijin.evidence;

import cn.qijin.evidence.internal.EvidenceUpload;
import cn.qijin.evidence.internal.EvidenceUploadRepository;
import cn.qijin.kernel.CampaignClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Removes what no record will ever claim (issue 12): uploads no task completion used within
 * {@code qijin.evidence.unclaimed-retention}, and stored files no evidence file and no upload names whose
 * content was last stored longer ago than the retention plus {@code qijin.evidence.collection-grace} — the files
 * of those uploads, of requests that failed, and of uploads whose rows a killed process never committed. Also the
 * temporary files of uploads the process never finished, as old.
 *
 * <p>Safe on several nodes at once and beside uploads and task completions: an upload is deleted only if it is
 * still unclaimed (one conditional statement; a completion claiming it holds its row locked), and a file goes only
 * through {@link UnneededContent}, which decides after taking it out of place. Runs daily at
 * {@code qijin.evidence.collection-cron} (03:30 Shanghai time), after the nightly backup.
 */
@Component
public class EvidenceCollector {

  private static final Logger LOG = LoggerFactory.getLogger(EvidenceCollector.class);

  /** A file retired longer ago than this was left by a stopped process (removal takes milliseconds). */
  static final Duration ABANDONED_AFTER = Duration.ofHours(1);
  private static final int BATCH = 500;

  /** What one run removed. */
  public record Collected(int uploads, int files, long bytes, int unfinishedUploads) {}

  /** What this node removed since it started, and when its last run ended (null before the first). */
  public record Totals(long uploads, long files, long bytes, Instant lastRun) {}

  private final EvidenceCollection settings;
  private final EvidenceStore store;
  private final EvidenceUploadRepository uploads;
  private final UnneededContent unneeded;
  private final TransactionTemplate tx;

  private final AtomicLong uploadsRemoved = new AtomicLong();
  private final AtomicLong filesRemoved = new AtomicLong();
  private final AtomicLong bytesRemoved = new AtomicLong();
  private volatile Instant lastRun;

  public EvidenceCollector(EvidenceCollection settings, EvidenceStore store, EvidenceUploadRepository uploads,
      UnneededContent unneeded, TransactionTemplate tx) {
    this.settings = settings;
    this.store = store;
    this.uploads = uploads;
    this.unneeded = unneeded;
    this.tx = tx;
  }

  @Scheduled(cron = "${qijin.evidence.collection-cron:0 30 3 * * *}", zone = "Asia/Shanghai")
  public void collectScheduled() {
    try {
      collect();
    } catch (RuntimeException e) {
      LOG.error("Evidence collection failed; it runs again at the next scheduled time", e);
    }
  }

  /** One run, now (by the engine clock). */
  public synchronized Collected collect() {
    Instant now = CampaignClock.now();
    int reinstated = store.reinstateAbandoned(now.minus(ABANDONED_AFTER));
    if (reinstated > 0) {
      LOG.warn("Evidence collection: put back {} file(s) a stopped process had taken out of place", reinstated);
    }
    int uploadCount = deleteUnclaimedUploads(now.minus(settings.unclaimedRetention()));
    Instant filesBefore = now.minus(settings.fileAge());
    long[] files = deleteUnneededFiles(filesBefore);
    int unfinished = store.deleteUnfinishedUploads(filesBefore);
    Collected collected = new Collected(uploadCount, (int) files[0], files[1], unfinished);
    uploadsRemoved.addAndGet(collected.uploads());
    filesRemoved.addAndGet(collected.files());
    bytesRemoved.addAndGet(collected.bytes());
    lastRun = now;
    LOG.info("Evidence collection: removed {} unclaimed upload(s) made before {}, {} file(s) ({} bytes) last stored "
        + "before {} that nothing names, {} unfinished upload file(s)", collected.uploads(),
        now.minus(settings.unclaimedRetention()), collected.files(), collected.bytes(), filesBefore, unfinished);
    return collected;
  }

  public Totals totals() {
    return new Totals(uploadsRemoved.get(), filesRemoved.get(), bytesRemoved.get(), lastRun);
  }

  private int deleteUnclaimedUploads(Instant before) {
    int deleted = 0;
    while (true) {
      List<EvidenceUpload> batch = uploads.findUnclaimedBefore(before, PageRequest.of(0, BATCH));
      int deletedNow = 0;
      for (EvidenceUpload upload : batch) {
        Integer count = tx.execute(status -> uploads.deleteIfUnclaimed(upload.getId(), before));
        if (count != null && count == 1) {
          deletedNow++;
          LOG.info("Evidence collection: removed upload {} “{}” ({} bytes, sha256 {}) made by {} at {}, never claimed",
              upload.getId(), upload.getFileName(), upload.getSize(), upload.getSha256(), upload.getUploadedBy(),
              upload.getUploadedAt());
        }
      }
      deleted += deletedNow;
      if (batch.size() < BATCH || deletedNow == 0) {
        return deleted;
      }
    }
  }

  /** Returns how many files went and their bytes. */
  private long[] deleteUnneededFiles(Instant before) {
    long count = 0;
    long bytes = 0;
    List<EvidenceStore.Content> old = store.storedBefore(before);
    for (int from = 0; from < old.size(); from += BATCH) {
      List<EvidenceStore.Content> chunk = old.subList(from, Math.min(old.size(), from + BATCH));
      Set<String> referenced = unneeded.referencedAmong(chunk.stream().map(EvidenceStore.Content::sha256).toList());
      for (EvidenceStore.Content content : chunk) {
        if (referenced.contains(content.sha256())) {
          continue;
        }
        try {
          var gone = unneeded.removeIf(content.sha256(), file -> file.storedAt().isBefore(before));
          if (gone.isPresent()) {
            count++;
            bytes += gone.get().size();
            LOG.info("Evidence collection: removed file {} ({} bytes, last stored {}), named by no evidence file or upload",
                content.sha256(), gone.get().size(), gone.get().storedAt());
          }
        } catch (RuntimeException e) {
          LOG.warn("Evidence collection: file {} not removed, tried again at the next run: {}", content.sha256(),
              e.toString());
        }
      }
    }
    return new long[] {count, bytes};
  }
}
