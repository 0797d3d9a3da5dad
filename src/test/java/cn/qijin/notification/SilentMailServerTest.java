package cn.qijin.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.notification.internal.Notification;
import cn.qijin.notification.internal.NotificationRepository;
import cn.qijin.support.QijinSpringTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.time.Duration;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Issue 12, point 3: a mail server that accepts the connection and never answers holds neither the scheduler
 * thread nor the mail to other servers, and the stuck message comes back PENDING after the read timeout.
 */
@QijinSpringTest
class SilentMailServerTest {

  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);
  private static final Duration PROMPT = Duration.ofMillis(500);
  private static final int READ_TIMEOUT_MS = 3000;
  private static final Duration CLAIM_TIMEOUT = Duration.ofMinutes(10);

  @Autowired NotificationOutbox outbox;
  @Autowired NotificationRepository notifications;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;
  @Autowired TaskScheduler scheduler;

  GreenMail smtp;

  @BeforeEach
  void cleanOutbox() {
    jdbc.update("delete from notification");
    smtp = new GreenMail(SMTP);
    smtp.start();
  }

  @AfterEach
  void stop() {
    smtp.stop();
    ClockUtil.reset();
  }

  @Test
  void a_server_that_accepts_and_never_answers_holds_up_neither_the_scheduler_nor_other_mail() throws Exception {
    try (SilentServer silent = new SilentServer(); Closer closer = new Closer()) {
      NotificationSender byRecipient = new ByRecipient(
          sender(mailSender(silent.port(), READ_TIMEOUT_MS)), sender(mailSender(SMTP.getPort(), 5000)));
      NotificationDispatcher dispatcher = dispatcher(byRecipient, 2, closer);

      Long stuck = enqueue("REMINDER:41:2017-09-16T01:00:00Z", "stuck@silent.example");
      // the poll runs on Spring's scheduler, as in production, and comes back at once
      onScheduler(dispatcher::dispatchScheduled).get(PROMPT.toMillis(), TimeUnit.MILLISECONDS);
      awaitTrue("the silent server was connected", () -> silent.connections() == 1);
      assertThat(status(stuck)).isEqualTo(Notification.Status.SENDING);

      // meanwhile: another scheduled task runs ...
      onScheduler(() -> { }).get(PROMPT.toMillis(), TimeUnit.MILLISECONDS);
      // ... and the next poll returns at once, sends a message to a working server and leaves the stuck one alone,
      // even once its claim is older than the claim timeout (other nodes may take it then; this node knows better)
      ClockUtil.setCurrentTime(Date.from(ClockUtil.getCurrentTime().toInstant().plus(CLAIM_TIMEOUT).plusSeconds(60)));
      Long other = enqueue("REMINDER:42:2017-09-16T01:00:00Z", "unit@example.org");
      onScheduler(dispatcher::dispatchScheduled).get(PROMPT.toMillis(), TimeUnit.MILLISECONDS);
      awaitTrue("the working server received the other message", () -> smtp.getReceivedMessages().length == 1);
      awaitTrue("the other message is SENT", () -> status(other) == Notification.Status.SENT);
      assertThat(status(stuck)).isEqualTo(Notification.Status.SENDING);
      assertThat(silent.connections()).isEqualTo(1);

      // the stuck send gives up after the read timeout: PENDING again, with the reason and a time to retry
      awaitTrue("the stuck message is PENDING again", () -> status(stuck) == Notification.Status.PENDING);
      Notification waiting = notifications.findById(stuck).orElseThrow();
      assertThat(waiting.getAttempts()).isEqualTo(1);
      assertThat(waiting.getLastError()).containsIgnoringCase("timed out");
      assertThat(waiting.getNextAttemptAt()).isAfter(ClockUtil.getCurrentTime().toInstant());
      assertThat(silent.connections()).isEqualTo(1);
    }
  }

  @Test
  void a_node_holds_at_most_twice_its_send_threads_and_a_thread_that_is_done_takes_the_next() throws Exception {
    try (SilentServer silent = new SilentServer(); Closer closer = new Closer()) {
      NotificationDispatcher dispatcher = dispatcher(sender(mailSender(silent.port(), 10_000)), 1, closer);
      List<Long> ids = new java.util.ArrayList<>();
      for (int i = 1; i <= 5; i++) {
        ids.add(enqueue("REMINDER:5" + i + ":2017-09-16T01:00:00Z", "stuck" + i + "@silent.example"));
      }
      // one send thread: one attempt runs, one waits in the queue, the other three stay unclaimed for other nodes
      assertThat(dispatcher.handOver()).isEqualTo(2);
      awaitTrue("the silent server was connected", () -> silent.connections() == 1);
      assertThat(ids).extracting(this::status).containsOnly(Notification.Status.SENDING, Notification.Status.PENDING)
          .filteredOn(Notification.Status.SENDING::equals).hasSize(2);
      assertThat(dispatcher.handOver()).isZero();

      // the server goes away: the held attempt ends at once, and the thread takes the rest without waiting for a poll
      silent.close();
      awaitTrue("every message was attempted once",
          () -> ids.stream().map(id -> notifications.findById(id).orElseThrow())
              .allMatch(n -> n.getStatus() == Notification.Status.PENDING && n.getAttempts() == 1));
      assertThat(silent.connections()).isEqualTo(1);
    }
  }

  private NotificationDispatcher dispatcher(NotificationSender sender, int threads, Closer closer) {
    ThreadPoolTaskExecutor sendThreads = new ThreadPoolTaskExecutor();
    sendThreads.setCorePoolSize(threads);
    sendThreads.setMaxPoolSize(threads);
    sendThreads.setQueueCapacity(2 * threads);
    sendThreads.setThreadNamePrefix("test-mail-");
    sendThreads.initialize();
    closer.add(sendThreads::shutdown);
    return new NotificationDispatcher(notifications, tx, List.of(sender), 10, CLAIM_TIMEOUT, sendThreads, threads);
  }

  /** Runs the given clean-ups at the end of the test. */
  private static final class Closer implements AutoCloseable {
    private final List<Runnable> actions = new CopyOnWriteArrayList<>();

    void add(Runnable action) {
      actions.add(action);
    }

    @Override
    public void close() {
      actions.forEach(Runnable::run);
    }
  }

  private Long enqueue(String key, String recipient) {
    tx.executeWithoutResult(s -> outbox.enqueue(key, "REMINDER", null, List.of(recipient),
        "【季度任务提醒】测试企业 ENT-5 2017年第三季度", "您单位的季度任务距到期日还有 14 天。"));
    return notifications.findAll().stream().filter(n -> n.getRecipient().equals(recipient)).findFirst()
        .orElseThrow().getId();
  }

  private Notification.Status status(Long id) {
    return notifications.findById(id).orElseThrow().getStatus();
  }

  private CompletableFuture<Void> onScheduler(Runnable task) {
    CompletableFuture<Void> done = new CompletableFuture<>();
    scheduler.schedule(() -> {
      try {
        task.run();
        done.complete(null);
      } catch (RuntimeException e) {
        done.completeExceptionally(e);
      }
    }, Instant.now());
    return done;
  }

  /** Polls until the condition holds; fails after 10 s (the stuck send's own timeout is 3 s). */
  private static void awaitTrue(String what, BooleanSupplier condition) throws InterruptedException {
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (!condition.getAsBoolean()) {
      assertThat(System.nanoTime()).as("timed out waiting until " + what).isLessThan(deadline);
      Thread.sleep(20);
    }
  }

  private static JavaMailSenderImpl mailSender(int port, int readTimeoutMs) {
    JavaMailSenderImpl sender = new JavaMailSenderImpl();
    sender.setHost("127.0.0.1");
    sender.setPort(port);
    sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "1000");
    sender.getJavaMailProperties().put("mail.smtp.timeout", String.valueOf(readTimeoutMs));
    sender.getJavaMailProperties().put("mail.smtp.writetimeout", "1000");
    return sender;
  }

  private static MailNotificationSender sender(JavaMailSender mail) {
    return new MailNotificationSender(
        new StaticListableBeanFactory(Map.of("mail", mail)).getBeanProvider(JavaMailSender.class), "qijin@localhost");
  }

  /** E-mail to *@silent.example goes to the silent server, everything else to GreenMail. */
  private record ByRecipient(NotificationSender silent, NotificationSender working) implements NotificationSender {
    @Override
    public String channel() {
      return MailNotificationSender.CHANNEL;
    }

    @Override
    public void send(Notification message) throws Exception {
      (message.getRecipient().endsWith("@silent.example") ? silent : working).send(message);
    }
  }

  /** Accepts TCP connections and holds them without ever writing a byte (no SMTP greeting). */
  private static final class SilentServer implements AutoCloseable {

    private final ServerSocket server = new ServerSocket(0, 50, InetAddress.getLoopbackAddress());
    private final List<Socket> accepted = new CopyOnWriteArrayList<>();
    private final Thread acceptor = new Thread(this::accept, "silent-smtp");

    SilentServer() throws IOException {
      acceptor.setDaemon(true);
      acceptor.start();
    }

    int port() {
      return server.getLocalPort();
    }

    int connections() {
      return accepted.size();
    }

    private void accept() {
      while (!server.isClosed()) {
        try {
          accepted.add(server.accept());
        } catch (IOException closed) {
          return;
        }
      }
    }

    @Override
    public void close() throws IOException {
      server.close();
      for (Socket socket : accepted) {
        socket.close();
      }
    }
  }
}
