package cn.qijin.notification;

import cn.qijin.common.CampaignClock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each message is first claimed by one node with a conditional update,
 * so two application nodes on one database never both send it; a failed attempt is retried with a
 * growing pause (1, 2, 4 … minutes, at most an hour) until {@code max-attempts}, then marked FAILED.
 */
@Component
public class NotificationDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final NotificationRepository notifications;
  private final TransactionTemplate tx;
  private final Map<String, NotificationSender> senders;
  private final int maxAttempts;
  private final Duration claimTimeout;
  private final String node = "node-" + UUID.randomUUID();

  public NotificationDispatcher(NotificationRepository notifications, TransactionTemplate tx,
      List<NotificationSender> senders, @Value("${qijin.notifications.max-attempts:10}") int maxAttempts,
      @Value("${qijin.notifications.claim-timeout:PT10M}") Duration claimTimeout) {
    this.notifications = notifications;
    this.tx = tx;
    this.senders = senders.stream().collect(Collectors.toMap(NotificationSender::channel, Function.identity()));
    this.maxAttempts = maxAttempts;
    this.claimTimeout = claimTimeout;
  }

  @Scheduled(fixedDelayString = "${qijin.notifications.poll-interval:PT30S}",
      initialDelayString = "${qijin.notifications.poll-interval:PT30S}")
  public void dispatchScheduled() {
    dispatchDue();
  }

  /** Sends every due message once; returns how many were sent. */
  public int dispatchDue() {
    Instant now = CampaignClock.now();
    int sent = 0;
    for (Long id : notifications.findDueIds(now, now.minus(claimTimeout), PageRequest.of(0, 200))) {
      Boolean claimed = tx.execute(s -> notifications.claim(id, node, now, now.minus(claimTimeout)) == 1);
      if (Boolean.TRUE.equals(claimed) && deliver(id)) {
        sent++;
      }
    }
    return sent;
  }

  private boolean deliver(Long id) {
    Notification message = notifications.findById(id).orElseThrow();
    try {
      NotificationSender sender = senders.get(message.getChannel());
      if (sender == null) {
        throw new IllegalStateException("没有可用的发送渠道：" + message.getChannel());
      }
      sender.send(message);
      tx.executeWithoutResult(s -> notifications.findById(id).orElseThrow().sent(CampaignClock.now()));
      return true;
    } catch (Exception e) {
      String reason = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
      LOG.warn("Notification {} to {} failed (attempt {}): {}", id, message.getRecipient(), message.getAttempts() + 1, reason);
      Instant retryAt = CampaignClock.now().plus(backoff(message.getAttempts()));
      tx.executeWithoutResult(s -> notifications.findById(id).orElseThrow().attemptFailed(reason, retryAt, maxAttempts));
      return false;
    }
  }

  private static Duration backoff(int attemptsBefore) {
    return Duration.ofMinutes(Math.min(60, 1L << Math.min(attemptsBefore, 6)));
  }
}
