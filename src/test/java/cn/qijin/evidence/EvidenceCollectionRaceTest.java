package cn.qijin.evidence;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.evidence.internal.EvidenceUploadRepository;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.TestFiles;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;
import java.util.concurrent.TimeUnit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Content is shared between uploads: removing it must never take a file another upload, committed or not, still
 * needs — not when a refused upload cleans up, not when the collector runs, not when two nodes collect at once.
 * The clock stays in 2017 (far before the real modification times in the shared test store).
 */
@QijinSpringTest
class EvidenceCollectionRaceTest {

  static final Instant T0 = Instant.parse("2017-03-01T02:00:00Z");

  @Autowired EvidenceUploads uploads;
  @Autowired EvidenceStore store;
  @Autowired EvidenceCollector collector;
  @Autowired EvidenceCollection settings;
  @Autowired EvidenceUploadRepository uploadRows;
  @Autowired UnneededContent unneeded;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  ExecutorService otherRequest = Executors.newSingleThreadExecutor();

  @BeforeEach
  void at() {
    ClockUtil.setCurrentTime(Date.from(T0));
  }

  @AfterEach
  void reset() {
    otherRequest.shutdownNow();
    ClockUtil.reset();
  }

  @Test
  void a_refused_upload_of_the_same_bytes_keeps_the_file_an_uncommitted_upload_needs() throws Exception {
    TestFiles.Named photo = TestFiles.photo("同一张照片.png");
    String sha = EvidenceCollectorTest.sha256(photo.bytes());
    CountDownLatch stored = new CountDownLatch(1);
    CountDownLatch commit = new CountDownLatch(1);
    Future<String> first = otherRequest.submit(() -> tx.execute(status -> {
      String id = uploads.upload(List.of(photo.incoming()), "race-a").get(0).uploadId();
      stored.countDown();
      await(commit);
      return id;
    }));
    await(stored);

    assertThatThrownBy(() -> uploads.upload(List.of(photo.incoming(), TestFiles.text("坏.pdf", "不是PDF").incoming()),
        "race-b")).hasMessageContaining("不是允许的类型");
    assertThat(store.exists(sha)).isTrue();

    commit.countDown();
    String id = first.get(30, TimeUnit.SECONDS);
    assertThat(uploadRows.findById(id)).isPresent();
    assertThat(store.exists(sha)).isTrue();
  }

  @Test
  void a_refused_request_places_nothing_and_content_it_created_goes_unless_another_put_replaced_it() throws IOException {
    TestFiles.Named refused = TestFiles.photo("被拒的照片.png");
    assertThatThrownBy(() -> uploads.upload(List.of(refused.incoming(), refused.incoming()), "race-c"))
        .hasMessageContaining("内容完全相同");
    assertThat(store.exists(EvidenceCollectorTest.sha256(refused.bytes()))).isFalse();

    // the rule of a refused request that had placed its files (the storage or the database failed after):
    // content this request created goes ...
    EvidenceStore.Stored alone = store.put(new ByteArrayInputStream(randomBytes()));
    assertThat(alone.createdFile()).isNotNull();
    assertThat(unneeded.removeIf(alone.sha256(), file -> alone.createdFile().equals(file.fileKey()))).isPresent();
    assertThat(store.exists(alone.sha256())).isFalse();

    // ... unless another upload stored the same bytes meanwhile (its row not committed yet)
    byte[] bytes = randomBytes();
    EvidenceStore.Stored created = store.put(new ByteArrayInputStream(bytes));
    EvidenceStore.Stored again = store.put(new ByteArrayInputStream(bytes));
    assertThat(again.createdFile()).isNull();
    assertThat(unneeded.removeIf(created.sha256(), file -> created.createdFile().equals(file.fileKey()))).isEmpty();
    assertThat(store.exists(created.sha256())).isTrue();
  }

  @Test
  void an_old_file_uploaded_again_while_the_collector_runs_stays() throws Exception {
    TestFiles.Named photo = TestFiles.photo("旧内容再上传.png");
    String sha = store.put(new ByteArrayInputStream(photo.bytes())).sha256();
    Files.setLastModifiedTime(store.path(sha), FileTime.from(T0.minus(settings.fileAge().multipliedBy(2))));

    String id = tx.execute(status -> {
      String uploadId = uploads.upload(List.of(photo.incoming()), "race-d").get(0).uploadId();
      // the collector (another node, say) runs before this upload's row is committed
      try {
        otherRequest.submit(collector::collect).get(30, TimeUnit.SECONDS);
      } catch (Exception e) {
        throw new IllegalStateException(e);
      }
      return uploadId;
    });

    assertThat(uploadRows.findById(id)).isPresent();
    assertThat(store.exists(sha)).as("storing the bytes again made the file young").isTrue();
  }

  @Test
  void two_nodes_collecting_at_once_remove_each_file_once_and_nothing_else() throws Exception {
    Instant old = T0.minus(settings.fileAge()).minusSeconds(60);
    collector.collect(); // whatever earlier tests left at this age
    List<String> orphans = new ArrayList<>();
    for (int i = 0; i < 20; i++) {
      String sha = store.put(new ByteArrayInputStream(randomBytes())).sha256();
      Files.setLastModifiedTime(store.path(sha), FileTime.from(old));
      orphans.add(sha);
    }
    String kept = uploads.upload(List.of(TestFiles.photo("留下.png").incoming()), "race-e").get(0).sha256();
    Files.setLastModifiedTime(store.path(kept), FileTime.from(old));
    EvidenceCollector otherNode = new EvidenceCollector(settings, store, uploadRows, unneeded, tx);

    Future<EvidenceCollector.Collected> there = otherRequest.submit(otherNode::collect);
    EvidenceCollector.Collected here = collector.collect();
    EvidenceCollector.Collected atOtherNode = there.get(30, TimeUnit.SECONDS);

    assertThat(here.files() + atOtherNode.files()).isEqualTo(20);
    assertThat(orphans).noneMatch(store::exists);
    assertThat(store.exists(kept)).as("named by an upload within its retention").isTrue();
  }

  @Test
  void a_file_a_stopped_process_had_taken_out_of_place_is_put_back() {
    String sha = uploads.upload(List.of(TestFiles.photo("取出后进程停止.png").incoming()), "race-f").get(0).sha256();
    assertThat(store.retire(sha)).isPresent();
    assertThat(store.exists(sha)).isFalse();

    ClockUtil.setCurrentTime(Date.from(T0.plus(EvidenceCollector.ABANDONED_AFTER).plus(Duration.ofMinutes(1))));
    collector.collect();

    assertThat(store.exists(sha)).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from evidence_upload where sha256 = ?", Long.class, sha)).isOne();
  }

  private static byte[] randomBytes() {
    byte[] bytes = new byte[512];
    ThreadLocalRandom.current().nextBytes(bytes);
    return bytes;
  }

  private static void await(CountDownLatch latch) {
    try {
      if (!latch.await(30, TimeUnit.SECONDS)) {
        throw new AssertionError("the other request did not get there");
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new AssertionError(e);
    }
  }
}
