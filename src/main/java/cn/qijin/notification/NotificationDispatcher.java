package cn.qijin.notification;

import cn.qijin.notification.internal.Notification;
import cn.qijin.notification.internal.NotificationRepository;
import cn.qijin.kernel.CampaignClock;
import jakarta.annotation.PreDestroy;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.PageRequest;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends what the outbox holds. Each message is first claimed by one node with a conditional update,
 * so two application nodes on one database never both send it; a failed attempt is retried with a
 * growing pause (1, 2, 4 … minutes, at most an hour) until {@code max-attempts}, then marked FAILED.
 *
 * <p>The scheduler thread only claims and hands over: the attempts run on the send executor
 * ({@code qijin.notifications.send-threads}), and this node never holds more messages than it has threads and
 * queue places for. A mail server that accepts and never answers therefore blocks neither the scheduler (other
 * {@code @Scheduled} tasks) nor the next poll; each stuck attempt ends with the SMTP timeouts (issue 12). When an
 * attempt ends while more messages are due, its thread claims the next ones at once instead of waiting for the
 * next poll.
 */
@Component
public class NotificationDispatcher {

  private static final Logger LOG = LoggerFactory.getLogger(NotificationDispatcher.class);

  private final NotificationRepository notifications;
  private final TransactionTemplate tx;
  private final Map<String, NotificationSender> senders;
  private final int maxAttempts;
  private final Duration claimTimeout;
  private final Executor sendExecutor;
  /** Messages this node holds at most: claimed and not yet finished (the executor's threads and queue). */
  private final int capacity;
  private final String node = "node-" + UUID.randomUUID();

  /** Claimed by this node, attempt not finished: never claimed again here, even after the claim timeout. */
  private final Set<Long> inFlight = ConcurrentHashMap.newKeySet();
  /** Handed-over attempts whose thread has not finished yet (including its claiming of the next messages). */
  private int busy;
  private final Object idle = new Object();
  private final AtomicLong sent = new AtomicLong();
  private volatile boolean moreDue;

  /** Set when this dispatcher made its send threads itself (and stops them at shutdown). */
  private final ThreadPoolTaskExecutor ownThreads;

  @Autowired
  public NotificationDispatcher(NotificationRepository notifications, TransactionTemplate tx,
      List<NotificationSender> senders, @Value("${qijin.notifications.max-attempts:10}") int maxAttempts,
      @Value("${qijin.notifications.claim-timeout:PT10M}") Duration claimTimeout,
      @Value("${qijin.notifications.send-threads:2}") int sendThreads) {
    this(notifications, tx, senders, maxAttempts, claimTimeout, sendThreads(sendThreads), sendThreads, true);
  }

  /** With the given send threads ({@code sendThreads} of them, a queue of as many again), e.g. in tests. */
  public NotificationDispatcher(NotificationRepository notifications, TransactionTemplate tx,
      List<NotificationSender> senders, int maxAttempts, Duration claimTimeout, Executor sendExecutor,
      int sendThreads) {
    this(notifications, tx, senders, maxAttempts, claimTimeout, sendExecutor, sendThreads, false);
  }

  private NotificationDispatcher(NotificationRepository notifications, TransactionTemplate tx,
      List<NotificationSender> senders, int maxAttempts, Duration claimTimeout, Executor sendExecutor,
      int sendThreads, boolean ownThreads) {
    this.notifications = notifications;
    this.tx = tx;
    this.senders = senders.stream().collect(Collectors.toMap(NotificationSender::channel, Function.identity()));
    this.maxAttempts = maxAttempts;
    this.claimTimeout = claimTimeout;
    this.sendExecutor = sendExecutor;
    // as many running as there are threads, as many again waiting in the executor's queue
    this.capacity = 2 * sendThreads;
    this.ownThreads = ownThreads ? (ThreadPoolTaskExecutor) sendExecutor : null;
  }

  /**
   * The threads that talk to the mail server. Not a bean: an {@link Executor} bean would replace Boot's
   * applicationTaskExecutor (MVC async, e.g. streamed evidence exports).
   */
  private static ThreadPoolTaskExecutor sendThreads(int threads) {
    ThreadPoolTaskExecutor executor = new ThreadPoolTaskExecutor();
    executor.setThreadNamePrefix("qijin-mail-");
    executor.setCorePoolSize(threads);
    executor.setMaxPoolSize(threads);
    // room for every message this dispatcher holds (capacity): a hand-over is never refused while running
    executor.setQueueCapacity(2 * threads);
    executor.setDaemon(true);
    // at shutdown the attempts already handed over may end (each is bounded by the SMTP timeouts); a message
    // still SENDING after that is claimed again by any node after qijin.notifications.claim-timeout
    executor.setWaitForTasksToCompleteOnShutdown(true);
    executor.setAwaitTerminationSeconds(20);
    executor.initialize();
    return executor;
  }

  /** Before the database goes: the attempts under way can still record their outcome. */
  @PreDestroy
  void stopSendThreads() {
    if (ownThreads != null) {
      ownThreads.shutdown();
    }
  }

  @Scheduled(fixedDelayString = "${qijin.notifications.poll-interval:PT30S}",
      initialDelayString = "${qijin.notifications.poll-interval:PT30S}")
  public void dispatchScheduled() {
    handOver();
  }

  /**
   * Claims due messages, as many as this node has room for, and hands them to the send executor; returns at
   * once (no SMTP on the calling thread) with how many were handed over.
   */
  public int handOver() {
    synchronized (inFlight) {
      int free = capacity - inFlight.size();
      if (free <= 0) {
        moreDue = true;
        return 0;
      }
      Instant now = CampaignClock.now();
      Instant staleBefore = now.minus(claimTimeout);
      int handed = 0;
      for (Long id : notifications.findDueIds(now, staleBefore, PageRequest.of(0, free + inFlight.size()))) {
        if (handed == free) {
          break;
        }
        if (inFlight.contains(id)) {
          continue; // its attempt here is still running (stuck longer than the claim timeout)
        }
        Boolean claimed = tx.execute(s -> notifications.claim(id, node, now, staleBefore) == 1);
        if (Boolean.TRUE.equals(claimed) && submit(id)) {
          handed++;
        }
      }
      moreDue = handed == free;
      return handed;
    }
  }

  /**
   * Sends every due message and waits until the attempts have ended; returns how many were sent. For tests and
   * drills: the scheduler uses {@link #handOver()}.
   */
  public int dispatchDue() {
    long before = sent.get();
    while (handOver() > 0) {
      awaitIdle();
    }
    awaitIdle();
    return (int) (sent.get() - before);
  }

  private boolean submit(Long id) {
    inFlight.add(id);
    synchronized (idle) {
      busy++;
    }
    try {
      sendExecutor.execute(() -> attempt(id));
      return true;
    } catch (RejectedExecutionException e) {
      // shutting down: leave it to the next poll of any node, without counting an attempt
      LOG.warn("Notification {} not handed over ({}); released", id, e.getMessage());
      finished(id);
      tx.executeWithoutResult(s -> notifications.findById(id).ifPresent(Notification::released));
      return false;
    }
  }

  private void attempt(Long id) {
    try {
      if (deliver(id)) {
        sent.incrementAndGet();
      }
    } catch (RuntimeException e) {
      // the outcome could not be recorded: the message stays SENDING until the claim timeout
      LOG.error("Notification {}: outcome not recorded", id, e);
    } finally {
      inFlight.remove(id);
      try {
        if (moreDue) {
          handOver();
        }
      } catch (RuntimeException e) {
        LOG.warn("Claiming further notifications failed: {}", e.getMessage());
      } finally {
        finished(null);
      }
    }
  }

  private void finished(Long released) {
    if (released != null) {
      inFlight.remove(released);
    }
    synchronized (idle) {
      busy--;
      idle.notifyAll();
    }
  }

  private void awaitIdle() {
    long deadline = System.nanoTime() + claimTimeout.toNanos();
    synchronized (idle) {
      while (busy > 0) {
        long left = deadline - System.nanoTime();
        if (left <= 0) {
          throw new IllegalStateException("notifications still being sent after " + claimTimeout);
        }
        try {
          idle.wait(Math.max(1, left / 1_000_000));
        } catch (InterruptedException e) {
          Thread.currentThread().interrupt();
          throw new IllegalStateException("interrupted while notifications were being sent", e);
        }
      }
    }
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
