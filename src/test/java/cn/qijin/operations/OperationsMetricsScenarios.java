package cn.qijin.operations;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.notification.NotificationOutbox;
import cn.qijin.obligation.Obligation;
import cn.qijin.obligation.ObligationQueries;
import cn.qijin.obligation.ObligationState;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.TestFiles;
import cn.qijin.unit.UnitService;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * The figures behind the qijin_* gauges: the same answers as the office's own views, from aggregate
 * queries (run on H2 and on PostgreSQL).
 */
abstract class OperationsMetricsScenarios {

  private static final Duration BACKLOG_AFTER = Duration.ofMinutes(30);

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired EvidenceUploads uploads;
  @Autowired ObligationQueries obligations;
  @Autowired NotificationOutbox outbox;
  @Autowired OperationsCounts counts;
  @Autowired OperationsMetrics metrics;

  @AfterEach
  void cleanUp() {
    ClockUtil.reset();
    jdbc.update("delete from notification where dedup_key like 'OPS-TEST:%'");
  }

  @Test
  void open_obligations_by_state_and_overdue_units_by_level_match_the_states_the_office_sees() {
    CampaignDriver drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    drive.unit("ENTERPRISE");
    drive.unit("ENTERPRISE");
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.runDueJobsOf(campaign.getProcessInstanceId()); // this quarter's obligations open

    Map<String, List<ObligationState>> ours = new HashMap<>();
    for (String moment : List.of("2017-07-10T10:00", "2017-09-20T10:00", "2017-10-02T10:00", "2017-11-20T10:00")) {
      drive.at(moment);
      if (moment.startsWith("2017-11")) {
        drive.runDueJobsOf(campaign.getProcessInstanceId()); // the escalation ladder climbs
      }
      Instant now = CampaignClock.now();
      assertThat(counts.openObligationsByState(now)).as(moment).isEqualTo(expectedStates(now));
      assertThat(counts.overdueUnitsByLevel(now)).as(moment).isEqualTo(expectedOverdueUnits(now));
      ours.put(moment, ourStates(campaign, now));
    }
    // the comparison went through the states that matter: this campaign's two 2017Q3 obligations were in them
    assertThat(ours.get("2017-07-10T10:00")).containsExactly(ObligationState.OPEN, ObligationState.OPEN);
    assertThat(ours.get("2017-09-20T10:00")).containsExactly(ObligationState.DUE_SOON, ObligationState.DUE_SOON);
    assertThat(ours.get("2017-10-02T10:00")).containsExactly(ObligationState.OVERDUE, ObligationState.OVERDUE);
    assertThat(ours.get("2017-11-20T10:00")).containsExactly(ObligationState.ESCALATED, ObligationState.ESCALATED);
  }

  @Test
  void the_outbox_counts_pending_failed_and_backlogged_messages() {
    ClockUtil.setCurrentTime(CampaignDriver.shanghai("2017-05-01T09:00"));
    Instant written = CampaignClock.now();
    Instant tenMinutesLater = written.plus(Duration.ofMinutes(10));
    Instant halfAnHourLater = written.plus(Duration.ofMinutes(31));
    OperationsCounts.Outbox beforeSoon = counts.outbox(tenMinutesLater, BACKLOG_AFTER);
    OperationsCounts.Outbox before = counts.outbox(halfAnHourLater, BACKLOG_AFTER);
    outbox.enqueue("OPS-TEST:" + System.nanoTime(), "TEST", null, List.of("a@example.org", "b@example.org"),
        "测试", "测试邮件");

    OperationsCounts.Outbox soon = counts.outbox(tenMinutesLater, BACKLOG_AFTER);
    assertThat(soon.pending()).isEqualTo(beforeSoon.pending() + 2);
    assertThat(soon.backlog()).as("written 10 minutes before: no backlog yet").isEqualTo(beforeSoon.backlog());
    assertThat(counts.outbox(halfAnHourLater, BACKLOG_AFTER).backlog()).isEqualTo(before.backlog() + 2);

    jdbc.update("update notification set status = 'FAILED' where dedup_key like 'OPS-TEST:%:a@example.org'");
    OperationsCounts.Outbox failed = counts.outbox(halfAnHourLater, BACKLOG_AFTER);
    assertThat(failed.failed()).isEqualTo(before.failed() + 1);
    assertThat(failed.pending()).isEqualTo(before.pending() + 1);
    assertThat(failed.backlog()).as("a failed message is counted as failed, not as backlog")
        .isEqualTo(before.backlog() + 1);
  }

  @Test
  void stored_evidence_counts_each_content_once() {
    OperationsCounts.StoredEvidence before = counts.storedEvidence();
    TestFiles.Named photo = TestFiles.photo("现场.png");
    uploads.upload(List.of(photo.incoming()), "ops-test");
    uploads.upload(List.of(new TestFiles.Named("同一张.png", photo.bytes()).incoming()), "ops-test");
    OperationsCounts.StoredEvidence after = counts.storedEvidence();
    assertThat(after.files()).isEqualTo(before.files() + 1);
    assertThat(after.bytes()).isEqualTo(before.bytes() + photo.bytes().length);
  }

  @Test
  void engine_counts_see_every_task_whoever_is_logged_in() {
    var tasks = engine.getTaskService();
    Instant now = CampaignClock.now();
    OperationsCounts.Engine before = counts.engine(now);
    Task task = tasks.newTask();
    task.setName("运维指标测试");
    task.setDueDate(Date.from(now.minus(Duration.ofDays(1))));
    tasks.saveTask(task);
    try {
      engine.getIdentityService().setAuthentication("someone", List.of("no-such-group"));
      OperationsCounts.Engine after = counts.engine(now);
      assertThat(engine.getIdentityService().getCurrentAuthentication().getUserId()).isEqualTo("someone");
      engine.getIdentityService().clearAuthentication();
      assertThat(after.openTasks()).isEqualTo(before.openTasks() + 1);
      assertThat(after.overdueTasks()).isEqualTo(before.overdueTasks() + 1);
    } finally {
      engine.getIdentityService().clearAuthentication();
      tasks.deleteTask(task.getId(), true);
    }
  }

  @Test
  void a_scrape_within_the_cache_time_reuses_the_last_figures() {
    OperationsMetrics.Snapshot first = metrics.current();
    assertThat(first).isNotNull();
    assertThat(metrics.current()).isSameAs(first);
    assertThat(metrics.read()).isNotSameAs(first);
  }

  private Map<ObligationState, Long> expectedStates(Instant now) {
    Map<ObligationState, Long> expected = new EnumMap<>(ObligationState.class);
    OperationsCounts.OPEN_STATES.forEach(state -> expected.put(state, 0L));
    allObligations().filter(o -> !o.isClosed())
        .forEach(o -> expected.merge(stateOf(o, now), 1L, Long::sum));
    return expected;
  }

  private Map<Integer, Long> expectedOverdueUnits(Instant now) {
    Map<Long, Integer> levelByUnit = new HashMap<>();
    allObligations().filter(o -> !o.isClosed() && now.isAfter(o.getDueAt()))
        .forEach(o -> levelByUnit.merge(o.getUnitId(), o.getEscalationLevel(), Math::max));
    Map<Integer, Long> expected = new TreeMap<>();
    OperationsCounts.LEVELS.forEach(level -> expected.put(level, 0L));
    levelByUnit.values().forEach(level -> expected.merge(level, 1L, Long::sum));
    return expected;
  }

  private List<ObligationState> ourStates(Campaign campaign, Instant now) {
    return obligations.obligationsOf(campaign.getId()).stream()
        .filter(o -> o.getQuarterCode().equals("2017Q3")).map(o -> stateOf(o, now)).toList();
  }

  private Stream<Obligation> allObligations() {
    return campaigns.all().stream().flatMap(c -> obligations.obligationsOf(c.getId()).stream());
  }

  private static ObligationState stateOf(Obligation o, Instant now) {
    return ObligationState.of(o, now, CampaignClock.startOfDay(o.getPeriodStart()).toInstant());
  }
}
