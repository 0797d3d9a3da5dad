package cn.qijin.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.PostgresAvailable;
import cn.qijin.unit.Unit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.spring.SpringProcessEngineConfiguration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.transaction.PlatformTransactionManager;

/**
 * REC-2: two engines on one PostgreSQL database run the same due jobs at the same time; optimistic
 * locking gives each job to one of them, and the outbox's dedup key keeps each reminder to one message.
 */
@ExtendWith(PostgresAvailable.class)
class TwoNodeClusterTest {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void each_reminder_is_sent_once_when_two_nodes_run_the_due_jobs() throws Exception {
    var node1 = ClusterSupport.startNode();
    ProcessEngine engine2 = null;
    try {
      CampaignDriver drive = ClusterSupport.driver(node1);
      drive.retireExistingUnits();
      drive.at("2017-06-01T09:00");
      List<Unit> enterprises = new ArrayList<>();
      for (int i = 0; i < 6; i++) {
        enterprises.add(drive.unit("ENTERPRISE"));
      }
      Campaign campaign = ClusterSupport.campaignInPhase2(drive);
      engine2 = secondNode(node1);

      drive.at("2017-09-16T09:00");
      List<String> due = drive.engine.getManagementService().createJobQuery().timers().executable().list().stream()
          .map(Job::getId).toList();
      assertThat(due).hasSizeGreaterThanOrEqualTo(enterprises.size());
      runConcurrently(drive.engine, engine2, due);
      drive.fireDueTimers();

      for (Unit unit : enterprises) {
        ObligationEntity q3 = ClusterSupport.q3Of(node1, campaign, unit);
        assertThat(ClusterSupport.reminders(node1, q3)).as(unit.getCode()).isEqualTo(1);
        assertThat(drive.engine.getManagementService().createJobQuery().processInstanceId(q3.getProcessInstanceId())
            .activityId("ReminderDue").count()).isEqualTo(1);
      }
    } finally {
      if (engine2 != null) {
        engine2.close();
      }
      node1.close();
    }
  }

  private static ProcessEngine secondNode(org.springframework.context.ConfigurableApplicationContext node1) {
    var config = new SpringProcessEngineConfiguration();
    config.setProcessEngineName("second-node");
    config.setDataSource(node1.getBean(DataSource.class));
    config.setTransactionManager(node1.getBean(PlatformTransactionManager.class));
    config.setApplicationContext(node1);
    config.setDatabaseSchemaUpdate("false");
    config.setJobExecutorActivate(false);
    config.setAuthorizationEnabled(true);
    config.setHistory("full");
    return config.buildProcessEngine();
  }

  /** Both engines execute the whole list, in opposite orders, starting together. */
  private static void runConcurrently(ProcessEngine one, ProcessEngine two, List<String> jobIds) throws Exception {
    List<String> reversed = new ArrayList<>(jobIds);
    Collections.reverse(reversed);
    ExecutorService pool = Executors.newFixedThreadPool(2);
    CountDownLatch start = new CountDownLatch(1);
    try {
      Future<?> a = pool.submit(() -> executeAll(one, jobIds, start));
      Future<?> b = pool.submit(() -> executeAll(two, reversed, start));
      start.countDown();
      a.get(2, TimeUnit.MINUTES);
      b.get(2, TimeUnit.MINUTES);
    } finally {
      pool.shutdownNow();
    }
  }

  private static void executeAll(ProcessEngine engine, List<String> jobIds, CountDownLatch start) {
    try {
      start.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return;
    }
    for (String id : jobIds) {
      try {
        engine.getManagementService().executeJob(id);
      } catch (RuntimeException lostTheRace) {
        // the other node executed (or is executing) this job: optimistic locking or "no job found"
      }
    }
  }
}
