package cn.qijin.evidence;

import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.TestFiles;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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

/** Evidence and its task complete together or not at all; bytes never go into Camunda's tables. */
@QijinSpringTest
class EvidenceTransactionTest {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired TransactionTemplate tx;

  CampaignDriver drive;
  Unit unit;
  String user;
  ProcessInstance instance;

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
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void when_the_task_cannot_complete_no_evidence_remains_and_the_upload_can_be_used_again() {
    Task item = drive.itemTask(instance.getId(), "ImplementItemTask", "COM-1");
    String upload = drive.upload(user, TestFiles.photo("宣传栏.png"));
    long before = evidenceRows();
    assertThatThrownBy(() -> tx.executeWithoutResult(status -> {
      drive.completeAs(user, unit.groupId(), item, submission(upload));
      assertThat(evidenceRows()).isEqualTo(before + 1);
      throw new IllegalStateException("the task's transaction fails after the evidence was written");
    })).hasMessageContaining("after the evidence was written");
    assertThat(evidenceRows()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from evidence_file", Long.class))
        .isEqualTo(jdbc.queryForObject("select count(*) from evidence_file f join evidence e on e.id = f.evidence_id",
            Long.class));
    assertThat(engine.getTaskService().createTaskQuery().taskId(item.getId()).count()).isOne();

    drive.completeAs(user, unit.groupId(), item, submission(upload));
    assertThat(evidenceRows()).isEqualTo(before + 1);
  }

  @Test
  void when_storing_fails_nothing_is_kept_the_task_stays_open_and_the_user_is_told() {
    Task item = drive.itemTask(instance.getId(), "ImplementItemTask", "COM-3");
    long uploadsBefore = jdbc.queryForObject("select count(*) from evidence_upload", Long.class);
    EvidenceUploads.Incoming broken = new EvidenceUploads.Incoming() {
      public String name() {
        return "断线.png";
      }

      public InputStream open() {
        return new InputStream() {
          int sent;

          @Override
          public int read() throws IOException {
            if (sent++ < 1000) {
              return 0x42;
            }
            throw new IOException("connection reset");
          }
        };
      }
    };
    assertThatThrownBy(() -> uploads.upload(List.of(broken), user))
        .isInstanceOf(StorageFailedException.class).hasMessageStartingWith("文件保存失败，请稍后重试");
    assertThat(jdbc.queryForObject("select count(*) from evidence_upload", Long.class)).isEqualTo(uploadsBefore);
    assertThat(engine.getTaskService().createTaskQuery().taskId(item.getId()).count()).isOne();
  }

  @Test
  void a_five_megabyte_file_lives_in_the_evidence_store_not_in_camundas_byte_arrays() {
    long bytesBefore = byteArrayBytes();
    byte[] fiveMb = new byte[5 * 1024 * 1024];
    ThreadLocalRandom.current().nextBytes(fiveMb);
    byte[] header = "%PDF-1.4\n%".getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(header, 0, fiveMb, 0, header.length);
    String upload = drive.upload(user, new TestFiles.Named("活动影像资料.pdf", fiveMb));
    drive.completeAs(user, unit.groupId(), drive.itemTask(instance.getId(), "ImplementItemTask", "COM-3"),
        submission(upload));
    long growth = byteArrayBytes() - bytesBefore;
    assertThat(growth).as("ACT_GE_BYTEARRAY growth in bytes").isLessThan(64 * 1024);
    assertThat(jdbc.queryForObject("select max(size_bytes) from evidence_file", Long.class)).isEqualTo(fiveMb.length);
  }

  private long byteArrayBytes() {
    return jdbc.queryForObject("select coalesce(sum(octet_length(BYTES_)), 0) from ACT_GE_BYTEARRAY", Long.class);
  }

  private long evidenceRows() {
    return jdbc.queryForObject("select count(*) from evidence where unit_id = ?", Long.class, unit.getId());
  }

  private static Map<String, Object> submission(String uploadIds) {
    Map<String, Object> vars = new HashMap<>(CampaignDriver.itemRecord(LocalDate.of(2017, 7, 5)));
    EVIDENCE_UPLOADS.put(vars, uploadIds);
    return vars;
  }
}
