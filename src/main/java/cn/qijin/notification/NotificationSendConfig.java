package cn.qijin.notification;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;

/**
 * The threads that talk to the mail server (qijin.notifications.send-threads): the scheduler only claims messages
 * and hands them over here, so a mail server that accepts and never answers holds at most these threads, each
 * until the SMTP timeouts (spring.mail.properties) end its attempt (issue 12).
 */
@Configuration
class NotificationSendConfig {

  @Bean
  ThreadPoolTaskExecutor notificationSendExecutor(@Value("${qijin.notifications.send-threads:2}") int threads) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("qijin-mail-");
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    // room for every message the dispatcher holds (2 × threads, NotificationDispatcher): none is ever rejected
    executor.setQueueCapacity(2 * threads);
    executor.setDaemon(true);
    // at shutdown a running attempt may end (it is bounded by the SMTP timeouts); a message left SENDING is
    // claimed again by any node after qijin.notifications.claim-timeout
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(20);
    return executor;
  }
}
