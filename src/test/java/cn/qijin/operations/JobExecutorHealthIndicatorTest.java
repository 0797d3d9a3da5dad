package cn.qijin.operations;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;

import java.time.Clock;
import java.time.Duration;
import org.camunda.bpm.engine.impl.jobexecutor.DefaultJobExecutor;
import org.camunda.bpm.engine.impl.jobexecutor.SequentialJobAcquisitionRunnable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.actuate.health.Health;
import org.springframework.boot.actuate.health.Status;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.support.StaticApplicationContext;
import org.springframework.core.annotation.AnnotationAwareOrderComparator;

/** The job executor's health with a real Camunda job executor (no engine registered), and its stop on shutdown. */
class JobExecutorHealthIndicatorTest {

  private static final Duration STALL = Duration.ofMinutes(5);

  private final DefaultJobExecutor executor = new DefaultJobExecutor();

  @AfterEach
  void stop() {
    executor.shutdown();
  }

  @Test
  void job_execution_switched_off_by_configuration_is_up_and_says_so() {
    Health health = new JobExecutorHealthIndicator(executor, false, STALL, Clock.systemUTC()).health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsEntry("enabled", false);
  }

  @Test
  void an_enabled_job_executor_that_does_not_run_is_down() {
    Health health = new JobExecutorHealthIndicator(executor, true, STALL, Clock.systemUTC()).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat((String) health.getDetails().get("message")).contains("作业执行器未运行");
  }

  @Test
  void a_running_job_executor_whose_thread_acquires_is_up_and_down_once_shut_down() throws InterruptedException {
    var indicator = new JobExecutorHealthIndicator(executor, true, STALL, Clock.systemUTC());
    executor.start();
    awaitFirstAcquisitionCycle();
    Health health = indicator.health();
    assertThat(health.getStatus()).isEqualTo(Status.UP);
    assertThat(health.getDetails()).containsKeys("lastAcquisition", "lockOwner");

    executor.shutdown();
    assertThat(indicator.health().getStatus()).isEqualTo(Status.DOWN);
  }

  @Test
  void an_acquisition_thread_silent_for_longer_than_the_stall_limit_is_down() throws InterruptedException {
    executor.start();
    awaitFirstAcquisitionCycle();
    Clock tenMinutesLater = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(10));
    Health health = new JobExecutorHealthIndicator(executor, true, STALL, tenMinutesLater).health();
    assertThat(health.getStatus()).isEqualTo(Status.DOWN);
    assertThat((String) health.getDetails().get("message")).contains("没有获取作业");
  }

  @Test
  void shutdown_stops_acquisition_before_the_job_pool_refuses_work() throws InterruptedException {
    executor.start();
    awaitFirstAcquisitionCycle();
    var shutdown = new JobExecutorShutdown(executor);
    var pool = new org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor();
    List<Object> closedListeners = new ArrayList<>(List.of(pool, shutdown));
    AnnotationAwareOrderComparator.sort(closedListeners);
    assertThat(closedListeners.get(0)).as("the context-closed listeners run in this order").isSameAs(shutdown);

    shutdown.onApplicationEvent(new ContextClosedEvent(new StaticApplicationContext()));
    assertThat(executor.isActive()).isFalse();
  }

  private void awaitFirstAcquisitionCycle() throws InterruptedException {
    var runnable = (SequentialJobAcquisitionRunnable) executor.getAcquireJobsRunnable();
    for (int i = 0; i < 100 && runnable.getAcquisitionContext().getAcquisitionTime() == 0; i++) {
      Thread.sleep(50);
    }
    assertThat(runnable.getAcquisitionContext().getAcquisitionTime()).isPositive();
  }
}
