package cn.qijin.security.login;

import java.time.Clock;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The login throttle in front of every login (qijin.security.login-throttle.*, docs/security.md): one throttle
 * per node, its failures audited by a writer thread of its own, which publishes them as {@code LoginFailed} events
 * for the audit module to record.
 */
@Configuration
@ConditionalOnProperty(name = "qijin.security.login-throttle.enabled", havingValue = "true", matchIfMissing = true)
public class LoginThrottleConfig {

  /** Pending audit writes beyond this many are summarised instead (a slow database never slows a login). */
  static final int AUDIT_QUEUE = 1_000;

  @Bean
  LoginThrottle loginThrottle(LoginThrottleProperties settings) {
    return new LoginThrottle(settings, Clock.systemUTC());
  }

  /**
   * Each entry is published as a {@link cn.qijin.security.LoginFailed} event in a transaction of its own, in which
   * the audit module writes it. Closed at shutdown (before the transaction manager, which it depends on): the
   * summaries still open are written, and the writes still queued get a few seconds.
   */
  @Bean
  LoginFailureAudit loginFailureAudit(ApplicationEventPublisher events, TransactionTemplate transactions,
      LoginThrottleProperties settings) {
    var writer = new ThreadPoolExecutor(1, 1, 0, TimeUnit.MILLISECONDS, new ArrayBlockingQueue<>(AUDIT_QUEUE), r -> {
      Thread thread = new Thread(r, "qijin-login-audit");
      thread.setDaemon(true);
      return thread;
    });
    return new LoginFailureAudit(entry -> transactions.executeWithoutResult(status -> events.publishEvent(entry)), writer,
        Clock.systemUTC(), settings.auditPerClientPerMinute(), settings.auditPerMinute(), settings.maxEntries());
  }

  @Bean
  LoginAuditFlush loginAuditFlush(LoginFailureAudit audit) {
    return new LoginAuditFlush(audit);
  }

  /** Writes the summaries of ended minutes, on Spring's scheduler (a scheduler bean of our own would replace it). */
  static final class LoginAuditFlush {

    private final LoginFailureAudit audit;

    LoginAuditFlush(LoginFailureAudit audit) {
      this.audit = audit;
    }

    @Scheduled(fixedDelay = 10, initialDelay = 10, timeUnit = TimeUnit.SECONDS)
    void flush() {
      audit.flush();
    }
  }

  /**
   * First in the chain on every path that checks a password (after Spring's character encoding and request
   * observation): the web apps' login and engine API, /engine-rest, /api, /actuator.
   */
  @Bean
  FilterRegistrationBean<LoginThrottleFilter> loginThrottleFilter(LoginThrottle throttle, LoginFailureAudit audit,
      LoginThrottleProperties settings, @Value("${camunda.bpm.webapp.application-path:/camunda}") String webappPath) {
    var filter = new LoginThrottleFilter(throttle, new ClientAddresses(settings.trustedProxies()), audit, webappPath);
    var registration = new FilterRegistrationBean<>(filter);
    registration.setName("qijin-login-throttle");
    String webapp = webappPath.endsWith("/") ? webappPath.substring(0, webappPath.length() - 1) : webappPath;
    registration.addUrlPatterns(webapp + "/api/admin/auth/*", webapp + "/api/engine/*", "/engine-rest/*", "/api/*",
        "/actuator", "/actuator/*");
    registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
    return registration;
  }
}
