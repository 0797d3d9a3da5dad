package cn.qijin.operations;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.AcquireJobsRunnable;
import org.camunda.bpm.engine.impl.jobexecutor.JobAcquisitionContext;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code jobExecutor} (readiness), in place of the Camunda starter's indicator of the
 * same name, which only asks {@code isActive()}: the job executor is active <em>and</em> its acquisition
 * thread is acquiring — it started an acquisition cycle within {@code qijin.operations.job-acquisition-stall-after}
 * (a thread that died or hangs stops doing so). The last cycle's error, if any, is shown but does not
 * make it DOWN by itself (the database check covers a lost database). With
 * {@code camunda.bpm.job-execution.enabled=false} (tests, a node that deliberately runs no jobs) it is UP
 * with {@code enabled: false}.
 */
@Component("jobExecutorHealthIndicator")
public class JobExecutorHealthIndicator extends AbstractHealthIndicator {

  private final JobExecutor jobExecutor;
  private final boolean enabled;
  private final Duration stallAfter;
  private final Clock clock;

  /** The start of the latest acquisition cycle seen, or of the first check that saw none (epoch ms). */
  private long lastCycleMillis;

  @Autowired
  public JobExecutorHealthIndicator(ProcessEngine engine,
      @Value("${camunda.bpm.job-execution.enabled:true}") boolean enabled, OperationsProperties properties) {
    this(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor(), enabled,
        properties.jobAcquisitionStallAfter(), Clock.systemUTC());
  }

  public JobExecutorHealthIndicator(JobExecutor jobExecutor, boolean enabled, Duration stallAfter, Clock clock) {
    super("Job executor health check failed");
    this.jobExecutor = jobExecutor;
    this.enabled = enabled;
    this.stallAfter = stallAfter;
    this.clock = clock;
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    builder.withDetail("enabled", enabled);
    if (!enabled) {
      builder.up().withDetail("message", "作业执行器已按配置关闭（camunda.bpm.job-execution.enabled=false），本节点不执行定时器和异步作业");
      return;
    }
    if (jobExecutor == null || !jobExecutor.isActive()) {
      builder.down().withDetail("active", false).withDetail("message", "作业执行器未运行：定时器、提醒和督办不会触发");
      return;
    }
    builder.withDetail("active", true).withDetail("name", jobExecutor.getName())
        .withDetail("lockOwner", jobExecutor.getLockOwner());
    JobAcquisitionContext context = acquisitionContext();
    if (context == null) {
      // an acquisition of another kind than the engine's default: only isActive() can be asked
      builder.up().withDetail("acquisition", "unknown");
      return;
    }
    long now = clock.millis();
    long cycle = context.getAcquisitionTime(); // 0 before the first cycle and for a moment at each cycle's start
    long reference = checkpoint(cycle, now);
    Duration sinceLastCycle = Duration.ofMillis(Math.max(0, now - reference));
    builder.withDetail("lastAcquisition", Instant.ofEpochMilli(reference).toString())
        .withDetail("stallAfter", stallAfter.toString());
    Exception error = context.getAcquisitionException();
    if (error != null) {
      builder.withDetail("lastAcquisitionError", error.toString());
    }
    if (sinceLastCycle.compareTo(stallAfter) > 0) {
      builder.down().withDetail("message",
          "作业执行器的获取线程已有 " + sinceLastCycle.toSeconds() + " 秒没有获取作业（可能已停止），请检查日志并重启应用");
      return;
    }
    builder.up();
  }

  private synchronized long checkpoint(long cycle, long now) {
    if (cycle > 0) {
      lastCycleMillis = Math.max(lastCycleMillis, cycle);
    } else if (lastCycleMillis == 0) {
      lastCycleMillis = now;
    }
    return lastCycleMillis;
  }

  private JobAcquisitionContext acquisitionContext() {
    AcquireJobsRunnable runnable = jobExecutor.getAcquireJobsRunnable();
    return runnable instanceof SequentialJobAcquisitionRunnable sequential ? sequential.getAcquisitionContext() : null;
  }
}
