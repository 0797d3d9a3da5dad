package cn.qijin.notification;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.notification.internal.Notification;
import cn.qijin.notification.internal.NotificationRepository;
import cn.qijin.support.QijinSpringTest;
import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetup;
import jakarta.mail.internet.MimeMessage;
import java.time.Duration;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

/** REC-2: reminders leave through the outbox to a real (in-process) SMTP server: once, and retried while it is down. */
@QijinSpringTest
class MailOutboxTest {

  private static final ServerSetup SMTP = new ServerSetup(3025, "127.0.0.1", ServerSetup.PROTOCOL_SMTP);

  @Autowired NotificationOutbox outbox;
  @Autowired NotificationDispatcher dispatcher;
  @Autowired NotificationRepository notifications;
  @Autowired TransactionTemplate tx;
  @Autowired JdbcTemplate jdbc;

  GreenMail smtp;

  @BeforeEach
  void cleanOutbox() {
    jdbc.update("delete from notification");
    smtp = new GreenMail(SMTP);
  }

  @AfterEach
  void stop() {
    smtp.stop();
    ClockUtil.reset();
  }

  @Test
  void a_reminder_is_sent_once_even_when_enqueued_and_dispatched_twice() throws Exception {
    smtp.start();
    enqueue("REMINDER:1:2017-09-16T01:00:00Z");
    enqueue("REMINDER:1:2017-09-16T01:00:00Z");
    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    assertThat(dispatcher.dispatchDue()).isZero();

    MimeMessage[] received = smtp.getReceivedMessages();
    assertThat(received).hasSize(1);
    assertThat(received[0].getSubject()).isEqualTo("【季度任务提醒】测试企业 ENT-5 2017年第三季度");
    assertThat(received[0].getAllRecipients()[0].toString()).isEqualTo("unit@example.org");
    assertThat(notifications.findAll()).singleElement().satisfies(n -> {
      assertThat(n.getStatus()).isEqualTo(Notification.Status.SENT);
      assertThat(n.getSentAt()).isNotNull();
    });
  }

  @Test
  void while_the_mail_server_is_down_the_message_waits_with_its_reason_and_is_sent_when_it_is_back() {
    enqueue("REMINDER:2:2017-09-27T01:00:00Z");
    assertThat(dispatcher.dispatchDue()).isZero();
    Notification waiting = notifications.findAll().get(0);
    assertThat(waiting.getStatus()).isEqualTo(Notification.Status.PENDING);
    assertThat(waiting.getAttempts()).isEqualTo(1);
    assertThat(waiting.getLastError()).isNotBlank();

    // Not retried before its pause is over, even with the server back.
    smtp.start();
    assertThat(dispatcher.dispatchDue()).isZero();
    ClockUtil.setCurrentTime(Date.from(waiting.getNextAttemptAt().plus(Duration.ofSeconds(1))));
    assertThat(dispatcher.dispatchDue()).isEqualTo(1);
    assertThat(smtp.getReceivedMessages()).hasSize(1);
    Notification sent = notifications.findById(waiting.getId()).orElseThrow();
    assertThat(sent.getStatus()).isEqualTo(Notification.Status.SENT);
    assertThat(sent.getLastError()).isNull();
  }

  @Test
  void a_message_claimed_by_another_node_is_not_sent_again() {
    smtp.start();
    enqueue("REMINDER:3:2017-09-30T01:00:00Z");
    Long id = notifications.findAll().get(0).getId();
    var now = ClockUtil.getCurrentTime().toInstant();
    Integer claimedByOther = tx.execute(s -> notifications.claim(id, "other-node", now, now.minusSeconds(600)));
    assertThat(claimedByOther).isEqualTo(1);
    assertThat(dispatcher.dispatchDue()).isZero();
    assertThat(smtp.getReceivedMessages()).isEmpty();
  }

  private void enqueue(String key) {
    tx.executeWithoutResult(s -> outbox.enqueue(key, "REMINDER", null, List.of("unit@example.org"),
        "【季度任务提醒】测试企业 ENT-5 2017年第三季度", "您单位的季度任务距到期日还有 14 天。"));
  }
}
