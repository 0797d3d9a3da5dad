package cn.qijin.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.notification.NotificationDispatcher;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.ObligationStatus;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.PostgresAvailable;
import cn.qijin.support.TestFiles;
import cn.qijin.support.WebTestUsers;
import cn.qijin.unit.Unit;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.util.FileSystemUtils;

/**
 * Issue 9, backup and restore: the procedures of docs/backup.md run on a live campaign, restored into
 * a fresh database and evidence folder, and the restored application carries on — its timers fire when
 * the engine clock moves, its open tasks complete, its evidence downloads unchanged, its outbox sends.
 */
class BackupRestoreTest {

  private static final String OFFICE_USER = "officebk";

  @TempDir Path dir;
  private GreenMail smtp;

  @AfterEach
  void stop() {
    ClockUtil.reset();
    if (smtp != null) {
      smtp.stop();
    }
  }

  /**
   * PostgreSQL: pg_dump -Fc while the application runs, then a copy of the evidence folder; restored
   * with pg_restore into a new database and the copy into a new folder.
   */
  @Test
  @ExtendWith(PostgresAvailable.class)
  void a_postgresql_dump_with_the_evidence_copied_after_it_restores_a_campaign_that_carries_on() {
    BackupCommands.require("pg_dump", "pg_restore", "tar");
    var pg = BackupCommands.Postgres.ofTestServer();
    String suffix = Long.toString(ThreadLocalRandom.current().nextLong(Long.MAX_VALUE), 36);
    String source = "qijin_backup_src_" + suffix;
    String restored = "qijin_backup_dst_" + suffix;
    Path dump = dir.resolve("backup/qijin.dump");
    Path evidenceCopy = dir.resolve("backup/evidence.tar.gz");
    Path sourceEvidence = dir.resolve("source/evidence");
    Path restoredEvidence = dir.resolve("restored/evidence");
    pg.create(source);
    try {
      Before before;
      var running = ClusterSupport.start(settings(pg.settings(source), "--qijin.evidence.store-dir=" + sourceEvidence));
      try {
        before = campaignWithWorkInFlight(running, true);
        // the backup, while the application runs: first the database ...
        pg.dump(source, dump);
        // ... (a file uploaded now is in the copy but not in the dump: a harmless orphan) ...
        before.lateUploadSha = sha(ClusterSupport.driver(running), "e1", TestFiles.photo("备份后上传.png"));
        // ... then the evidence folder
        BackupCommands.tar(sourceEvidence, evidenceCopy);
      } finally {
        running.close();
      }
      // the original is lost: only the backup remains
      pg.drop(source);
      delete(sourceEvidence);

      pg.create(restored);
      pg.restore(dump, restored);
      BackupCommands.untar(evidenceCopy, restoredEvidence);
      startMailServer();
      var after = ClusterSupport.start(settings(pg.settings(restored),
          "--qijin.evidence.store-dir=" + restoredEvidence, "--spring.mail.port=" + smtp.getSmtp().getPort()));
      try {
        carriesOn(after, restoredEvidence, before);
        JdbcTemplate jdbc = after.getBean(JdbcTemplate.class);
        assertThat(Files.exists(store(restoredEvidence, before.lateUploadSha))).isTrue();
        assertThat(jdbc.queryForObject("select count(*) from evidence_upload where sha256 = ?", Long.class,
            before.lateUploadSha)).isZero();
      } finally {
        after.close();
      }
    } finally {
      pg.drop(source);
      pg.drop(restored);
    }
  }

  /** H2 (the embedded default): the application stopped, its data folder archived, unpacked into a new folder. */
  @Test
  void an_h2_data_folder_copied_while_the_application_is_stopped_restores_a_campaign_that_carries_on() {
    BackupCommands.require("tar");
    Path data = dir.resolve("data");
    Path archive = dir.resolve("backup/qijin-data.tar.gz");
    Path restoredData = dir.resolve("restored-data");

    Before before;
    var running = ClusterSupport.start(h2(data));
    try {
      before = campaignWithWorkInFlight(running, false);
    } finally {
      running.close();
    }
    BackupCommands.tar(data, archive);
    // the original is lost: only the backup remains
    delete(data);

    BackupCommands.untar(archive, restoredData);
    startMailServer();
    var after = ClusterSupport.start(settings(h2(restoredData), "--spring.mail.port=" + smtp.getSmtp().getPort()));
    try {
      carriesOn(after, restoredData.resolve("evidence"), before);
    } finally {
      after.close();
    }
  }

  /** What the backup holds, as the test made it. */
  private static final class Before {
    Campaign campaign;
    Unit enterprise;
    Unit organ;
    ObligationEntity enterpriseQ3;
    /** The Q3 obligation whose session waits for the office's review (the organ's, or the enterprise's in H2). */
    ObligationEntity reviewedQ3;
    Long reviewedFileId;
    String reviewedPhotoSha;
    String pickedUploadId;
    List<Long> pendingNotifications;
    String lateUploadSha;
  }

  /**
   * A campaign in PH-2 with an enterprise whose Q3 reminder waits in the outbox and whose timers (more
   * reminders, the escalation ladder) are not yet due; with {@code full}, an organ whose Q3 session with
   * a photo waits for the office's review, and a file the enterprise has picked in its form but not yet
   * submitted.
   */
  private static Before campaignWithWorkInFlight(ConfigurableApplicationContext node, boolean full) {
    CampaignDriver drive = ClusterSupport.driver(node);
    JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
    Before b = new Before();
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    b.enterprise = drive.unit("ENTERPRISE");
    WebTestUsers.ensure(drive.engine.getIdentityService(), OFFICE_USER, Roles.OFFICE);
    if (full) {
      b.organ = drive.unit("ORGAN");
    }
    b.campaign = ClusterSupport.campaignInPhase2(drive);
    b.enterpriseQ3 = ClusterSupport.q3Of(node, b.campaign, b.enterprise);

    Unit reporting = full ? b.organ : b.enterprise;
    ObligationEntity reported = ClusterSupport.q3Of(node, b.campaign, reporting);
    b.reviewedQ3 = reported;
    // the unit reports its Q3 session with a photo; the office's review task is open
    drive.at(full ? "2017-08-10T10:00" : "2017-09-16T09:00");
    drive.fireDueTimers();
    var photo = TestFiles.photo("警示教育会现场.png");
    b.reviewedPhotoSha = BackupCommands.sha256(photo.bytes());
    Map<String, Object> session = new HashMap<>(CampaignDriver.sessionRecord(full ? "2017-08-09" : "2017-09-15"));
    session.put("evidenceUploads", drive.upload("u1", photo));
    drive.completeAs("u1", reporting.groupId(), drive.task(reported.getProcessInstanceId(), "RecordSessionTask"),
        session);
    assertThat(drive.task(reported.getProcessInstanceId(), "ReviewSessionTask")).isNotNull();
    b.reviewedFileId = jdbc.queryForObject("select f.id from evidence_file f join evidence e on e.id = "
        + "f.evidence_id where e.obligation_id = ? and f.sha256 = ?", Long.class, reported.getId(), b.reviewedPhotoSha);

    if (full) {
      drive.at("2017-09-16T09:00");
      drive.fireDueTimers();
      b.pickedUploadId = drive.upload("e1", TestFiles.photo("签到表.png"));
    }
    assertThat(ClusterSupport.reminders(node, b.enterpriseQ3)).isEqualTo(1);
    b.pendingNotifications = jdbc.queryForList("select id from notification where status = 'PENDING' order by id",
        Long.class);
    assertThat(b.pendingNotifications).isNotEmpty();
    return b;
  }

  /** The restored application continues where the backup was taken. */
  private void carriesOn(ConfigurableApplicationContext node, Path evidence, Before b) {
    CampaignDriver drive = ClusterSupport.driver(node);
    JdbcTemplate jdbc = node.getBean(JdbcTemplate.class);
    ObligationRepository obligations = node.getBean(ObligationRepository.class);
    drive.at("2017-09-16T10:00");

    // every file the database refers to is there, with the content its name promises
    List<String> referenced = jdbc.queryForList(
        "select sha256 from evidence_file union select sha256 from evidence_upload", String.class);
    assertThat(referenced).contains(b.reviewedPhotoSha);
    for (String sha : referenced) {
      assertThat(store(evidence, sha)).exists();
      assertThat(BackupCommands.sha256(store(evidence, sha))).isEqualTo(sha);
    }
    // the evidence downloads through the API unchanged
    assertThat(BackupCommands.sha256(download(node, b.reviewedFileId, b.reviewedPhotoSha))).isEqualTo(b.reviewedPhotoSha);

    // the reminder that waited in the outbox is sent now
    assertThat(node.getBean(NotificationDispatcher.class).dispatchDue()).isEqualTo(b.pendingNotifications.size());
    assertThat(Arrays.stream(smtp.getReceivedMessages()).map(BackupRestoreTest::recipient))
        .hasSize(b.pendingNotifications.size()).contains(b.enterprise.getEmail());
    assertThat(jdbc.queryForList("select status from notification where id in ("
        + String.join(",", b.pendingNotifications.stream().map(String::valueOf).toList()) + ")", String.class))
        .containsOnly("SENT");

    // the open review task completes
    drive.completeAs(OFFICE_USER, Roles.OFFICE, drive.task(b.reviewedQ3.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", true));
    assertThat(obligations.findById(b.reviewedQ3.getId()).orElseThrow().getStatus()).isEqualTo(ObligationStatus.FULFILLED);

    // timers fire when the engine clock moves: the next quarter opens ...
    drive.at("2017-10-01T00:00");
    assertThat(drive.fireDueTimers()).isPositive();
    ObligationEntity q4 = obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(b.campaign.getId(),
        b.enterprise.getId()).get(1);
    assertThat(q4.getQuarterCode()).isEqualTo("2017Q4");
    assertThat(drive.task(q4.getProcessInstanceId(), "RecordSessionTask")).isNotNull();
    if (b.pickedUploadId == null) {
      return;
    }
    // ... and the enterprise's open Q3 got its reminders of 09-27 and 09-30 and its yellow warning, once each
    assertThat(ClusterSupport.reminders(node, b.enterpriseQ3)).isEqualTo(3);
    assertThat(obligations.findById(b.enterpriseQ3.getId()).orElseThrow().getEscalationLevel()).isEqualTo(1);
    assertThat(drive.fireDueTimers()).isZero();

    // the enterprise submits late with the file it had picked before the backup; the office accepts
    drive.at("2017-10-02T10:00");
    Map<String, Object> session = new HashMap<>(CampaignDriver.sessionRecord("2017-09-20"));
    session.put("evidenceUploads", b.pickedUploadId);
    drive.completeAs("e1", b.enterprise.groupId(), drive.task(b.enterpriseQ3.getProcessInstanceId(),
        "RecordSessionTask"), session);
    drive.completeAs(OFFICE_USER, Roles.OFFICE, drive.task(b.enterpriseQ3.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", true));
    assertThat(obligations.findById(b.enterpriseQ3.getId()).orElseThrow().getStatus())
        .isEqualTo(ObligationStatus.FULFILLED_LATE);
  }

  private void startMailServer() {
    smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
    smtp.start();
  }

  private static String[] settings(String[] first, String... more) {
    String[] all = Arrays.copyOf(first, first.length + more.length);
    System.arraycopy(more, 0, all, first.length, more.length);
    return all;
  }

  /** The embedded default's settings (application.yml) with the data folder in {@code data}. */
  private static String[] h2(Path data) {
    return new String[] {"--spring.datasource.url=jdbc:h2:file:" + data.resolve("qijin") + ";DB_CLOSE_ON_EXIT=FALSE",
        "--spring.datasource.username=sa", "--spring.datasource.password=",
        "--qijin.evidence.store-dir=" + data.resolve("evidence")};
  }

  private static String sha(CampaignDriver drive, String user, TestFiles.Named file) {
    drive.upload(user, file);
    return BackupCommands.sha256(file.bytes());
  }

  private static void delete(Path folder) {
    try {
      FileSystemUtils.deleteRecursively(folder);
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  private static Path store(Path evidence, String sha) {
    return evidence.resolve(sha.substring(0, 2)).resolve(sha.substring(2, 4)).resolve(sha);
  }

  private static byte[] download(ConfigurableApplicationContext node, Long fileId, String sha) {
    int port = ((WebServerApplicationContext) node).getWebServer().getPort();
    String login = Base64.getEncoder().encodeToString((OFFICE_USER + ":" + WebTestUsers.PASSWORD)
        .getBytes(StandardCharsets.UTF_8));
    HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/evidence/files/" + fileId
        + "?download=true")).header("Authorization", "Basic " + login).build();
    try {
      HttpResponse<byte[]> response = HttpClient.newHttpClient().send(request, HttpResponse.BodyHandlers.ofByteArray());
      assertThat(response.statusCode()).isEqualTo(200);
      assertThat(response.headers().firstValue("X-Content-SHA256")).hasValue(sha);
      return response.body();
    } catch (IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }

  private static String recipient(MimeMessage message) {
    try {
      return message.getAllRecipients()[0].toString();
    } catch (jakarta.mail.MessagingException e) {
      throw new IllegalStateException(e);
    }
  }
}
