package cn.qijin.operations;

import cn.qijin.evidence.EvidenceCollector;
import io.micrometer.core.instrument.FunctionCounter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * What the evidence collector removed on this node since it started (qijin_evidence_collected_*_total; sum over
 * the nodes), and when it last ran (qijin_evidence_collection_last_run_seconds, epoch seconds; 0 before the first run on this node).
 */
@Component
public class EvidenceCollectionMetrics implements MeterBinder {

  private final EvidenceCollector collector;

  public EvidenceCollectionMetrics(EvidenceCollector collector) {
    this.collector = collector;
  }

  @Override
  public void bindTo(MeterRegistry registry) {
    FunctionCounter.builder("qijin.evidence.collected.uploads", collector, c -> c.totals().uploads())
        .description("Uploads never claimed by a task completion that the evidence collector removed on this node")
        .register(registry);
    FunctionCounter.builder("qijin.evidence.collected.files", collector, c -> c.totals().files())
        .description("Stored files no evidence file or upload names that the evidence collector removed on this node")
        .register(registry);
    FunctionCounter.builder("qijin.evidence.collected", collector, c -> c.totals().bytes())
        .description("Bytes of the files the evidence collector removed on this node").baseUnit("bytes")
        .register(registry);
    Gauge.builder("qijin.evidence.collection.last.run", collector, c -> {
      Instant last = c.totals().lastRun();
      return last == null ? 0 : last.getEpochSecond();
    }).description("When the evidence collector last finished a run on this node (engine clock)").baseUnit("seconds")
        .register(registry);
  }
}
