package cn.qijin.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.SmartLifecycle;
import org.springframework.scheduling.concurrent.ExecutorConfigurationSupport;
import org.springframework.stereotype.Component;

/**
 * Stops the job executor taking new jobs at the start of a shutdown, while the database and the engine
 * are still there. Without it the Camunda starter stops job acquisition only when it closes the engine,
 * during bean destruction — after the job pool ({@code camundaTaskExecutor}) has gone through its stop
 * phase; jobs acquired meanwhile are then dropped and wait for their lock to expire (5 minutes).
 *
 * <p>Order on context close (higher phases stop first): the web server's graceful shutdown, then this
 * (acquisition stops, the acquisition thread is joined), then the job pool's own stop phase, which waits
 * up to {@code spring.lifecycle.timeout-per-shutdown-phase} for running jobs; only then are the engine
 * and the connection pool closed. Does nothing when this node's job executor never ran.
 */
@Component
public class JobExecutorShutdown implements SmartLifecycle {

  /** Just above the thread pools' phase, below the web server's. */
  static final int PHASE = ExecutorConfigurationSupport.DEFAULT_PHASE + 1024;

  private static final Logger LOG = LoggerFactory.getLogger(JobExecutorShutdown.class);

  private final JobExecutor jobExecutor;
  private volatile boolean running;

  @Autowired
  public JobExecutorShutdown(ProcessEngine engine) {
    this(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor());
  }

  JobExecutorShutdown(JobExecutor jobExecutor) {
    this.jobExecutor = jobExecutor;
  }

  @Override
  public void start() {
    // the Camunda starter starts the job executor itself once the process application is deployed
    running = true;
  }

  @Override
  public void stop() {
    running = false;
    if (jobExecutor != null && jobExecutor.isActive()) {
      LOG.info("Shutdown: stopping job acquisition; running jobs may finish while the job pool stops");
      jobExecutor.shutdown();
    }
  }

  @Override
  public boolean isRunning() {
    return running;
  }

  @Override
  public int getPhase() {
    return PHASE;
  }
}
