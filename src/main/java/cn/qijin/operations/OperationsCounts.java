package cn.qijin.operations;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.ObligationState;
import cn.qijin.kernel.Recurrence;
import cn.qijin.security.SystemActions;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Date;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.TaskService;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * The figures behind the operator's health checks and qijin_* metrics: aggregate queries only (one
 * row or a few rows each), never entity lists. Engine counts run without the caller's engine
 * authentication, so that they count everything whoever scrapes.
 */
@Component
public class OperationsCounts {

  /** The states an open obligation can be in (ObligationState.of with status OPEN). */
  public static final List<ObligationState> OPEN_STATES = List.of(ObligationState.NOT_STARTED, ObligationState.OPEN,
      ObligationState.DUE_SOON, ObligationState.EXTENDED, ObligationState.OVERDUE, ObligationState.ESCALATED,
      ObligationState.SUBMITTED, ObligationState.SUBMITTED_LATE);

  /** Ladder levels an overdue unit can be at: 0 = overdue, ladder not reached yet; 1-3 = the DMN's levels. */
  public static final List<Integer> LEVELS = List.of(0, 1, 2, 3);

  public record Outbox(long pending, long sending, long failed, long backlog) {}

  public record StoredEvidence(long files, long bytes) {}

  public record Engine(long openTasks, long overdueTasks, long executableJobs, long failedJobs, long openIncidents) {}

  private final NamedParameterJdbcTemplate jdbc;
  private final TaskService tasks;
  private final ManagementService management;
  private final RuntimeService runtime;
  private final SystemActions system;

  public OperationsCounts(NamedParameterJdbcTemplate jdbc, TaskService tasks, ManagementService management,
      RuntimeService runtime, SystemActions system) {
    this.jdbc = jdbc;
    this.tasks = tasks;
    this.management = management;
    this.runtime = runtime;
    this.system = system;
  }

  /**
   * Open obligations by the state the office sees (the same rules as {@link ObligationState#of}, as one
   * aggregate query): every state of {@link #OPEN_STATES} is in the map.
   */
  public Map<ObligationState, Long> openObligationsByState(Instant now) {
    LocalDate today = LocalDate.ofInstant(now, CampaignClock.ZONE);
    var params = new MapSqlParameterSource()
        .addValue("now", utc(now))
        .addValue("soonQuarter", utc(now.plus(Recurrence.QUARTER.dueSoonWindow())))
        .addValue("soonMonth", utc(now.plus(Recurrence.MONTH.dueSoonWindow())))
        .addValue("today", today);
    // a submission with the office first, then overdue (whatever the period), not started, due soon, extended,
    // open — as ObligationState.of, against the unit's deadline
    Map<String, Object> row = jdbc.queryForMap("""
        select
          sum(case when awaiting_review_since is not null and submitted_on_time then 1 else 0 end) as submitted,
          sum(case when awaiting_review_since is not null and not submitted_on_time then 1 else 0 end)
            as submitted_late,
          sum(case when w and deadline_at < :now and escalation_level > 0 then 1 else 0 end) as escalated,
          sum(case when w and deadline_at < :now and escalation_level = 0 then 1 else 0 end) as overdue,
          sum(case when w and deadline_at >= :now and period_start > :today then 1 else 0 end) as not_started,
          sum(case when w and deadline_at >= :now and period_start <= :today and deadline_at <= soon
                    then 1 else 0 end) as due_soon,
          sum(case when w and deadline_at >= :now and period_start <= :today and deadline_at > soon
                    and due_at <> original_due_at then 1 else 0 end) as extended,
          sum(case when w and deadline_at >= :now and period_start <= :today and deadline_at > soon
                    and due_at = original_due_at then 1 else 0 end) as still_open
        from (select o.*, (o.awaiting_review_since is null) as w,
                case when o.period_code like '%Q%' then :soonQuarter else :soonMonth end as soon
              from obligation o where o.status = 'OPEN') open_ones""",
        params);
    Map<ObligationState, Long> counts = new EnumMap<>(ObligationState.class);
    counts.put(ObligationState.ESCALATED, number(row.get("escalated")));
    counts.put(ObligationState.OVERDUE, number(row.get("overdue")));
    counts.put(ObligationState.NOT_STARTED, number(row.get("not_started")));
    counts.put(ObligationState.DUE_SOON, number(row.get("due_soon")));
    counts.put(ObligationState.EXTENDED, number(row.get("extended")));
    counts.put(ObligationState.OPEN, number(row.get("still_open")));
    counts.put(ObligationState.SUBMITTED, number(row.get("submitted")));
    counts.put(ObligationState.SUBMITTED_LATE, number(row.get("submitted_late")));
    return counts;
  }

  /**
   * Units with at least one open obligation past its deadline and not with the office, each counted once at the highest ladder
   * level among them (0 = overdue, no level reached yet). Every level of {@link #LEVELS} is in the map.
   */
  public Map<Integer, Long> overdueUnitsByLevel(Instant now) {
    Map<Integer, Long> counts = new TreeMap<>();
    LEVELS.forEach(level -> counts.put(level, 0L));
    jdbc.query("""
        select unit_level, count(*) as units from (
          select unit_id, max(escalation_level) as unit_level from obligation
          where status = 'OPEN' and awaiting_review_since is null and deadline_at < :now
          group by unit_id) overdue_units
        group by unit_level""", new MapSqlParameterSource("now", utc(now)),
        rs -> {
          counts.merge(rs.getInt("unit_level"), rs.getLong("units"), Long::sum);
        });
    return counts;
  }

  /**
   * The mail outbox: messages waiting (PENDING), being sent (SENDING), given up (FAILED), and the
   * backlog — PENDING or SENDING messages written longer than {@code backlogAfter} ago.
   */
  public Outbox outbox(Instant now, Duration backlogAfter) {
    Map<String, Object> row = jdbc.queryForMap("""
        select
          sum(case when status = 'PENDING' then 1 else 0 end) as pending,
          sum(case when status = 'SENDING' then 1 else 0 end) as sending,
          sum(case when status = 'FAILED' then 1 else 0 end) as failed,
          sum(case when status <> 'FAILED' and created_at < :backlogBefore then 1 else 0 end) as backlog
        from notification where status in ('PENDING', 'SENDING', 'FAILED')""",
        new MapSqlParameterSource("backlogBefore", utc(now.minus(backlogAfter))));
    return new Outbox(number(row.get("pending")), number(row.get("sending")), number(row.get("failed")),
        number(row.get("backlog")));
  }

  /**
   * What the evidence store holds: distinct contents (the store keeps each SHA-256 once) referenced by
   * evidence records or by uploads, and their bytes.
   */
  public StoredEvidence storedEvidence() {
    Map<String, Object> row = jdbc.queryForMap("""
        select count(*) as files, coalesce(sum(size_bytes), 0) as bytes from (
          select sha256, max(size_bytes) as size_bytes from evidence_file group by sha256
          union
          select sha256, max(size_bytes) as size_bytes from evidence_upload group by sha256) stored""",
        new MapSqlParameterSource());
    return new StoredEvidence(number(row.get("files")), number(row.get("bytes")));
  }

  /** The engine's open user tasks, overdue ones, due jobs, jobs out of retries and open incidents. */
  public Engine engine(Instant now) {
    return system.run(() -> new Engine(
        tasks.createTaskQuery().count(),
        tasks.createTaskQuery().dueBefore(Date.from(now)).count(),
        management.createJobQuery().executable().active().count(),
        management.createJobQuery().noRetriesLeft().count(),
        runtime.createIncidentQuery().count()));
  }

  private static OffsetDateTime utc(Instant instant) {
    return instant.atOffset(ZoneOffset.UTC);
  }

  private static long number(Object value) {
    return value == null ? 0L : ((Number) value).longValue();
  }
}
