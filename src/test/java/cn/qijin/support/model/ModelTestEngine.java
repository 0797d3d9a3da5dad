package cn.qijin.support.model;

import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.assertj.core.api.Assertions;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests;
import org.camunda.bpm.engine.test.junit5.ProcessEngineExtension;
import org.camunda.bpm.engine.test.mock.Mocks;
import org.mockito.Mockito;

/**
 * Issue 13: the in-memory engine of the model tests (qijin-model-test.cfg.xml, not camunda.cfg.xml: see
 * there) and helpers to fire timers by moving the engine clock — never by sleeping.
 */
public final class ModelTestEngine {

  public static final String CONFIG = "qijin-model-test.cfg.xml";
  public static final ZoneId SHANGHAI = ZoneId.of("Asia/Shanghai");

  private ModelTestEngine() {}

  /** Use as {@code @RegisterExtension static ProcessEngineExtension engine = ModelTestEngine.extension();}. */
  public static ProcessEngineExtension extension() {
    quietLogs();
    return ProcessEngineExtension.builder().configurationResource(CONFIG).build();
  }

  /**
   * Without Spring Boot nothing configures logback, which then logs everything at DEBUG; the model tests want
   * INFO, and nothing of the engine's expected "no outgoing sequence flow" errors. Left alone once a Spring
   * Boot test has configured logging in the JVM.
   */
  private static void quietLogs() {
    if (org.slf4j.LoggerFactory.getILoggerFactory() instanceof ch.qos.logback.classic.LoggerContext logback
        // Spring Boot has configured logging in this JVM (a Spring test ran before): leave it as it is
        && logback.getObject("org.springframework.boot.logging.LoggingSystem") == null) {
      logback.getLogger(org.slf4j.Logger.ROOT_LOGGER_NAME).setLevel(ch.qos.logback.classic.Level.INFO);
      logback.getLogger("org.camunda.bpm.engine.context").setLevel(ch.qos.logback.classic.Level.OFF);
      logback.getLogger("org.camunda.bpm.engine.persistence").setLevel(ch.qos.logback.classic.Level.WARN);
    }
  }

  /** A Mockito mock of the bean class, registered under its Spring bean name for the model's expressions. */
  public static <T> T bean(String name, Class<T> type) {
    T mock = Mockito.mock(type);
    Mocks.register(name, mock);
    return mock;
  }

  /** Call in @AfterEach: real time again, no mocks left for the next test. */
  public static void cleanUp() {
    ClockUtil.reset();
    Mocks.reset();
    org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.reset();
  }

  /** A wall-clock time in Asia/Shanghai as an instant. */
  public static Date shanghai(int year, int month, int day, int hour, int minute) {
    return Date.from(ZonedDateTime.of(LocalDateTime.of(year, month, day, hour, minute), SHANGHAI).toInstant());
  }

  /** Moves the engine clock. */
  public static void clockAt(Date time) {
    ClockUtil.setCurrentTime(time);
  }

  /** Moves the engine clock to the due time of the timer on {@code activityId} and fires it; fails if it is not due then. */
  public static void fireTimer(ProcessInstance pi, String activityId, Date at) {
    clockAt(at);
    Job timer = BpmnAwareTests.job(activityId, pi);
    Assertions.assertThat(timer.getDuedate()).isEqualTo(at);
    BpmnAwareTests.execute(timer);
  }

  /** Jobs of the instance whose due date has come (timers) or that have none (async continuations). */
  public static List<Job> dueJobs(ProcessEngine engine, String processInstanceId) {
    ManagementService management = engine.getManagementService();
    return management.createJobQuery().processInstanceId(processInstanceId).executable().list();
  }

  /** Executes every job of the instance that is due now, repeatedly, until none is; returns how many ran. */
  public static int executeDueJobs(ProcessEngine engine, String processInstanceId) {
    int ran = 0;
    for (int round = 0; round < 100; round++) {
      List<Job> due = dueJobs(engine, processInstanceId);
      if (due.isEmpty()) {
        return ran;
      }
      for (Job job : due) {
        engine.getManagementService().executeJob(job.getId());
        ran++;
      }
    }
    throw new IllegalStateException("jobs keep coming for " + processInstanceId);
  }
}
