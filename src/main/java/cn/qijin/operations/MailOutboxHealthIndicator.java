package cn.qijin.operations;

import cn.qijin.kernel.CampaignClock;
import java.time.Duration;
import org.springframework.boot.actuate.health.AbstractHealthIndicator;
import org.springframework.boot.actuate.health.Health;
import org.springframework.stereotype.Component;

/**
 * Health contributor {@code mailOutbox} (main health only, not readiness): the outbox's pending, failed
 * and backlogged messages. It stays UP with a Chinese warning in its details when mail lags — taking the
 * node out of service or restarting it does not repair a mail server; alert on the metric
 * {@code qijin_outbox_backlog} / {@code qijin_outbox_messages{status="failed"}} instead.
 */
@Component("mailOutboxHealthIndicator")
public class MailOutboxHealthIndicator extends AbstractHealthIndicator {

  private final OperationsCounts counts;
  private final Duration backlogAfter;

  public MailOutboxHealthIndicator(OperationsCounts counts, OperationsProperties properties) {
    super("Mail outbox health check failed");
    this.counts = counts;
    this.backlogAfter = properties.outboxBacklogAfter();
  }

  @Override
  protected void doHealthCheck(Health.Builder builder) {
    OperationsCounts.Outbox outbox = counts.outbox(CampaignClock.now(), backlogAfter);
    builder.up()
        .withDetail("pending", outbox.pending())
        .withDetail("sending", outbox.sending())
        .withDetail("failed", outbox.failed())
        .withDetail("backlog", outbox.backlog())
        .withDetail("backlogAfter", backlogAfter.toString());
    StringBuilder warning = new StringBuilder();
    if (outbox.backlog() > 0) {
      warning.append(outbox.backlog()).append(" 封邮件写入后超过 ").append(backlogAfter.toMinutes())
          .append(" 分钟仍未发出，请检查邮件服务器。");
    }
    if (outbox.failed() > 0) {
      warning.append(outbox.failed()).append(" 封邮件已放弃发送，可在通知列表中重新发送。");
    }
    if (!warning.isEmpty()) {
      builder.withDetail("warning", warning.toString());
    }
  }
}
