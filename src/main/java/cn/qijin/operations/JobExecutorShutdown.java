package cn.qijin.operations;

import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.jobexecutor.JobExecutor;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationListener;
import org.springframework.context.event.ContextClosedEvent;
import org.springframework.core.Ordered;
import org.springframework.stereotype.Component;

/**
 * Stops the job executor taking new jobs as the first thing a shutdown does, while the database and the
 * engine are still there. Spring's thread pools — Camunda's job pool {@code camundaTaskExecutor} among
 * them — stop accepting tasks on the same {@link ContextClosedEvent}; had acquisition gone on (the Camunda
 * starter stops it only when it closes the engine, during bean destruction), every job it locked meanwhile
 * would be refused by the pool and stay locked for the lock time (5 minutes). Running jobs may finish
 * while the web server drains its requests. Does nothing when this node's job executor never ran.
 */
@Component
public class JobExecutorShutdown implements ApplicationListener<ContextClosedEvent>, Ordered {

  private static final Logger LOG = LoggerFactory.getLogger(JobExecutorShutdown.class);

  private final JobExecutor jobExecutor;

  @Autowired
  public JobExecutorShutdown(ProcessEngine engine) {
    this(((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor());
  }

  JobExecutorShutdown(JobExecutor jobExecutor) {
    this.jobExecutor = jobExecutor;
  }

  /** Before the thread pools, which are not ordered and so come last. */
  @Override
  public int getOrder() {
    return Ordered.HIGHEST_PRECEDENCE;
  }

  @Override
  public void onApplicationEvent(ContextClosedEvent event) {
    if (jobExecutor != null && jobExecutor.isActive()) {
      LOG.info("Shutdown: stopping job acquisition before the job pool closes; running jobs may finish");
      jobExecutor.shutdown();
    }
  }
}
