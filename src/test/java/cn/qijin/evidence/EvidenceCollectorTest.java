package cn.qijin.evidence;

import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.TestFiles;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import io.micrometer.core.instrument.MeterRegistry;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12: uploads no record ever claims, and files no row names, are collected after the retention; whatever
 * a record or a live upload names stays. Time moves with the engine clock; file ages are set on the files. The
 * clock stays in 2017, far before the real modification times of other tests' files in the shared test store.
 */
@QijinSpringTest
class EvidenceCollectorTest {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired EvidenceStore store;
  @Autowired EvidenceCollector collector;
  @Autowired EvidenceCollection settings;
  @Autowired TransactionTemplate tx;
  @Autowired MeterRegistry registry;

  CampaignDriver drive;
  Unit unit;
  String user;
  ProcessInstance instance;
  Instant uploadedAt;

  @BeforeEach
  void unitInPhase2() {
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    unit = drive.unit("COMMUNITY");
    user = unit.getCode().toLowerCase();
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    drive.at("2017-07-10T10:00");
    instance = drive.unitInstance(campaign, unit);
    uploadedAt = CampaignClock.now();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void an_upload_never_claimed_goes_after_the_retention_and_its_file_after_the_grace() throws IOException {
    String upload = drive.upload(user, TestFiles.photo("没用上的照片.png"));
    String sha = shaOf(upload);
    storedAt(sha, uploadedAt);
    double filesBefore = registry.get("qijin.evidence.collected.files").functionCounter().count();

    moveTo(uploadedAt.plus(settings.unclaimedRetention()).minusSeconds(60));
    collector.collect();
    assertThat(uploadRow(upload)).as("one minute before the retention ends").isOne();

    moveTo(uploadedAt.plus(settings.unclaimedRetention()).plusSeconds(60));
    assertThat(collector.collect().uploads()).isGreaterThanOrEqualTo(1);
    assertThat(uploadRow(upload)).isZero();
    assertThat(store.exists(sha)).as("the file stays through the grace (backup margin)").isTrue();

    moveTo(uploadedAt.plus(settings.fileAge()).plusSeconds(60));
    EvidenceCollector.Collected collected = collector.collect();
    assertThat(store.exists(sha)).isFalse();
    assertThat(collected.files()).isGreaterThanOrEqualTo(1);
    assertThat(registry.get("qijin.evidence.collected.files").functionCounter().count())
        .isGreaterThanOrEqualTo(filesBefore + 1);
    assertThat(registry.get("qijin.evidence.collection.last.run").gauge().value())
        .isEqualTo(CampaignClock.now().getEpochSecond());
  }

  @Test
  void a_claimed_file_stays_however_old() throws IOException {
    String upload = drive.upload(user, TestFiles.photo("宣传栏.png"));
    String sha = shaOf(upload);
    drive.completeAs(user, unit.groupId(), drive.itemTask(instance.getId(), "ImplementItemTask", "COM-1"),
        submission(upload));
    storedAt(sha, uploadedAt);

    moveTo(uploadedAt.plus(settings.fileAge().multipliedBy(10)));
    collector.collect();

    assertThat(store.exists(sha)).isTrue();
    assertThat(uploadRow(upload)).as("a claimed upload is not collected").isOne();
    assertThat(jdbc.queryForObject("select count(*) from evidence_file where sha256 = ?", Long.class, sha)).isOne();
  }

  @Test
  void the_same_bytes_claimed_by_a_record_stay_when_another_upload_of_them_goes() throws IOException {
    TestFiles.Named photo = TestFiles.photo("签到表.png");
    String claimed = drive.upload(user, photo);
    drive.completeAs(user, unit.groupId(), drive.itemTask(instance.getId(), "ImplementItemTask", "COM-3"),
        submission(claimed));
    String unclaimed = drive.upload(user, photo);
    String sha = shaOf(unclaimed);
    assertThat(shaOf(claimed)).isEqualTo(sha);
    storedAt(sha, uploadedAt);

    moveTo(uploadedAt.plus(settings.fileAge().multipliedBy(2)));
    collector.collect();

    assertThat(uploadRow(unclaimed)).isZero();
    assertThat(uploadRow(claimed)).isOne();
    assertThat(store.exists(sha)).isTrue();
  }

  @Test
  void an_unclaimed_upload_stays_while_another_unclaimed_upload_names_its_bytes() throws IOException {
    TestFiles.Named photo = TestFiles.photo("横幅.png");
    String older = drive.upload(user, photo);
    moveTo(uploadedAt.plus(Duration.ofDays(20)));
    String newer = drive.upload(user, photo);
    String sha = shaOf(older);
    storedAt(sha, uploadedAt);

    moveTo(uploadedAt.plus(settings.fileAge()).plusSeconds(60));
    collector.collect();

    assertThat(uploadRow(older)).isZero();
    assertThat(uploadRow(newer)).as("made 20 days later, within its retention").isOne();
    assertThat(store.exists(sha)).isTrue();
  }

  @Test
  void files_and_uploads_younger_than_their_age_limit_stay() throws IOException {
    String old = drive.upload(user, TestFiles.photo("旧照片.png"));
    String oldSha = shaOf(old);
    String orphan = putOrphan();
    storedAt(oldSha, uploadedAt);
    storedAt(orphan, uploadedAt);
    moveTo(uploadedAt.plus(Duration.ofDays(2)));
    String recent = drive.upload(user, TestFiles.photo("新照片.png"));
    storedAt(shaOf(recent), CampaignClock.now());

    moveTo(uploadedAt.plus(settings.fileAge()).minusSeconds(60));
    collector.collect();

    assertThat(uploadRow(recent)).as("within its retention").isOne();
    assertThat(store.exists(shaOf(recent))).isTrue();
    assertThat(uploadRow(old)).as("past its retention").isZero();
    assertThat(store.exists(oldSha)).as("within the file age limit").isTrue();
    assertThat(store.exists(orphan)).as("within the file age limit").isTrue();
  }

  @Test
  void a_file_whose_rows_were_never_committed_is_collected_after_the_age_limit() throws IOException {
    // the crash case: the file was written, the transaction that named it never committed
    TestFiles.Named photo = TestFiles.photo("崩溃前上传.png");
    tx.executeWithoutResult(status -> {
      drive.upload(user, photo);
      status.setRollbackOnly();
    });
    String sha = sha256(photo.bytes());
    assertThat(store.exists(sha)).isTrue();
    assertThat(jdbc.queryForObject("select count(*) from evidence_upload where sha256 = ?", Long.class, sha)).isZero();
    storedAt(sha, uploadedAt);
    Path unfinished = Files.createTempFile(store.root().resolve("tmp"), "upload-", ".part");
    Files.setLastModifiedTime(unfinished, FileTime.from(uploadedAt));

    moveTo(uploadedAt.plus(settings.fileAge()).plusSeconds(60));
    EvidenceCollector.Collected collected = collector.collect();

    assertThat(store.exists(sha)).isFalse();
    assertThat(unfinished).doesNotExist();
    assertThat(collected.files()).isGreaterThanOrEqualTo(1);
    assertThat(collected.unfinishedUploads()).isGreaterThanOrEqualTo(1);
  }

  @Test
  void a_task_completed_with_an_upload_whose_file_is_missing_is_refused_and_stays_open() throws IOException {
    // e.g. after a restore from a backup whose folder copy did not hold it
    String upload = drive.upload(user, TestFiles.photo("丢失的照片.png"));
    Files.delete(store.path(shaOf(upload)));
    Task item = drive.itemTask(instance.getId(), "ImplementItemTask", "COM-3");

    assertThatThrownBy(() -> drive.completeAs(user, unit.groupId(), item, submission(upload)))
        .hasStackTraceContaining("上传的文件已失效，请重新上传后再提交");
    assertThat(engine.getTaskService().createTaskQuery().taskId(item.getId()).count()).isOne();
  }

  private String putOrphan() throws IOException {
    byte[] bytes = new byte[256];
    ThreadLocalRandom.current().nextBytes(bytes);
    return store.put(new ByteArrayInputStream(bytes)).sha256();
  }

  private void storedAt(String sha, Instant at) throws IOException {
    Files.setLastModifiedTime(store.path(sha), FileTime.from(at));
  }

  private static void moveTo(Instant at) {
    ClockUtil.setCurrentTime(Date.from(at));
  }

  private String shaOf(String uploadId) {
    return jdbc.queryForObject("select sha256 from evidence_upload where id = ?", String.class, uploadId);
  }

  private long uploadRow(String uploadId) {
    return jdbc.queryForObject("select count(*) from evidence_upload where id = ?", Long.class, uploadId);
  }

  static String sha256(byte[] content) {
    try {
      return java.util.HexFormat.of().formatHex(java.security.MessageDigest.getInstance("SHA-256").digest(content));
    } catch (java.security.NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static Map<String, Object> submission(String uploadIds) {
    Map<String, Object> vars = new HashMap<>(CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    EVIDENCE_UPLOADS.put(vars, uploadIds);
    return vars;
  }
}
