package cn.qijin.notification.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/**
 * One message in the outbox: written in the same transaction as the process step that caused it,
 * sent later by {@link NotificationDispatcher}. The dedup key makes a step that runs twice write it once.
 */
@Entity
@Table(name = "notification")
public class Notification {

  public enum Status { PENDING, SENDING, SENT, FAILED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String dedupKey;
  private String channel;
  private String recipient;
  private String subject;
  private String body;
  private String kind;
  private Long obligationId;

  @Enumerated(EnumType.STRING)
  private Status status = Status.PENDING;

  private int attempts;
  private String lastError;
  private Instant nextAttemptAt;
  private String claimedBy;
  private Instant claimedAt;
  private Instant createdAt;
  private Instant sentAt;

  protected Notification() {}

  public Notification(String dedupKey, String channel, String recipient, String subject, String body, String kind,
      Long obligationId, Instant createdAt) {
    this.dedupKey = dedupKey;
    this.channel = channel;
    this.recipient = recipient;
    this.subject = subject;
    this.body = body;
    this.kind = kind;
    this.obligationId = obligationId;
    this.createdAt = createdAt;
    this.nextAttemptAt = createdAt;
  }

  public void sent(Instant at) {
    this.status = Status.SENT;
    this.sentAt = at;
    this.lastError = null;
  }

  public void attemptFailed(String error, Instant retryAt, int maxAttempts) {
    this.attempts++;
    this.lastError = error.length() > 1000 ? error.substring(0, 1000) : error;
    this.status = attempts >= maxAttempts ? Status.FAILED : Status.PENDING;
    this.nextAttemptAt = retryAt;
  }

  /** Back to PENDING without counting an attempt: claimed, but never handed to a sender. */
  public void released() {
    this.status = Status.PENDING;
  }

  public void retry(Instant at) {
    this.status = Status.PENDING;
    this.attempts = 0;
    this.nextAttemptAt = at;
  }

  public Long getId() { return id; }
  public String getDedupKey() { return dedupKey; }
  public String getChannel() { return channel; }
  public String getRecipient() { return recipient; }
  public String getSubject() { return subject; }
  public String getBody() { return body; }
  public String getKind() { return kind; }
  public Long getObligationId() { return obligationId; }
  public Status getStatus() { return status; }
  public int getAttempts() { return attempts; }
  public String getLastError() { return lastError; }
  public Instant getNextAttemptAt() { return nextAttemptAt; }
  public Instant getCreatedAt() { return createdAt; }
  public Instant getSentAt() { return sentAt; }
}
