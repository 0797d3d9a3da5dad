package cn.qijin.operations;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.ObligationState;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.function.ToDoubleFunction;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The product's gauges (qijin_*) for Prometheus. One scrape reads them all; the figures come from one
 * round of aggregate queries ({@link OperationsCounts}) kept for {@code qijin.operations.metrics-cache-ttl},
 * so scraping every 15 s costs at most one round per 30 s. A round that fails is logged and its gauges
 * read NaN until the next round.
 */
@Component
public class OperationsMetrics implements MeterBinder {

  private static final Logger LOG = LoggerFactory.getLogger(OperationsMetrics.class);

  /** One round of figures, taken at {@code at}. */
  public record Snapshot(Instant at, Map<ObligationState, Long> obligationsByState,
      Map<Integer, Long> overdueUnitsByLevel, OperationsCounts.Outbox outbox, OperationsCounts.StoredEvidence evidence,
      OperationsCounts.Engine engine) {}

  private final OperationsCounts counts;
  private final OperationsProperties properties;
  private final long ttlNanos;

  private Snapshot snapshot;
  private long takenAtNanos;
  private boolean tried;

  public OperationsMetrics(OperationsCounts counts, OperationsProperties properties) {
    this.counts = counts;
    this.properties = properties;
    this.ttlNanos = properties.metricsCacheTtl().toNanos();
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    for (ObligationState state : OperationsCounts.OPEN_STATES) {
      gauge("qijin.obligations.open", "Open quarterly obligations by the state the office sees",
          s -> s.obligationsByState().get(state)).tag("state", state.name().toLowerCase(Locale.ROOT)).register(registry);
    }
    for (int level : OperationsCounts.LEVELS) {
      gauge("qijin.units.overdue",
          "Units with an overdue open obligation, at their highest escalation level (0 = not escalated yet)",
          s -> s.overdueUnitsByLevel().get(level)).tag("level", Integer.toString(level)).register(registry);
    }
    String outbox = "Mail outbox messages not sent (pending, sending) or given up (failed), by status";
    gauge("qijin.outbox.messages", outbox, s -> s.outbox().pending()).tag("status", "pending").register(registry);
    gauge("qijin.outbox.messages", outbox, s -> s.outbox().sending()).tag("status", "sending").register(registry);
    gauge("qijin.outbox.messages", outbox, s -> s.outbox().failed()).tag("status", "failed").register(registry);
    gauge("qijin.outbox.backlog",
        "Mail outbox messages still unsent longer than qijin.operations.outbox-backlog-after after they were written",
        s -> s.outbox().backlog()).register(registry);
    gauge("qijin.evidence.stored.files", "Distinct files in the evidence store (evidence records and uploads)",
        s -> s.evidence().files()).register(registry);
    gauge("qijin.evidence.stored", "Bytes of the distinct files in the evidence store",
        s -> s.evidence().bytes()).baseUnit("bytes").register(registry);
    gauge("qijin.tasks.open", "Open user tasks in the process engine",
        s -> s.engine().openTasks()).register(registry);
    gauge("qijin.tasks.overdue", "Open user tasks past their due date",
        s -> s.engine().overdueTasks()).register(registry);
    gauge("qijin.jobs.executable", "Engine jobs due now with retries left (waiting for the job executor)",
        s -> s.engine().executableJobs()).register(registry);
    gauge("qijin.jobs.failed", "Engine jobs that failed and have no retries left",
        s -> s.engine().failedJobs()).register(registry);
    gauge("qijin.incidents.open", "Open incidents in the process engine",
        s -> s.engine().openIncidents()).register(registry);
  }

  /** The cached figures, read again when older than the cache TTL; null when the last round failed. */
  public synchronized Snapshot current() {
    long nowNanos = System.nanoTime();
    if (!tried || nowNanos - takenAtNanos >= ttlNanos) {
      tried = true;
      takenAtNanos = nowNanos;
      try {
        snapshot = read();
      } catch (RuntimeException e) {
        LOG.warn("Operations metrics could not be read; the qijin_* gauges read NaN until the next round: {}", e.toString());
        snapshot = null;
      }
    }
    return snapshot;
  }

  /** One round of queries, without the cache. */
  public Snapshot read() {
    Instant now = CampaignClock.now();
    return new Snapshot(now, counts.openObligationsByState(now), counts.overdueUnitsByLevel(now),
        counts.outbox(now, properties.outboxBacklogAfter()), counts.storedEvidence(), counts.engine(now));
  }

  private Gauge.Builder<OperationsMetrics> gauge(String name, String description, Function<Snapshot, Long> figure) {
    ToDoubleFunction<OperationsMetrics> value = metrics -> {
      Snapshot s = metrics.current();
      Long v = s == null ? null : figure.apply(s);
      return v == null ? Double.NaN : v;
    };
    return Gauge.builder(name, this, value).description(description);
  }
}
