package cn.qijin.supervision.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit's receipt (签收) of a circulated 通报, due by a date; late when signed after it. */
@Entity
@Table(name = "notice_acknowledgement")
public class NoticeAcknowledgement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long roundId;
  private Long unitId;
  private Instant dueAt;
  private Instant acknowledgedAt;
  private String acknowledgedBy;
  @Column(length = 2000)
  private String comment;
  private boolean late;
  private int remindersSent;

  protected NoticeAcknowledgement() {}

  public NoticeAcknowledgement(Long roundId, Long unitId, Instant dueAt) {
    this.roundId = roundId;
    this.unitId = unitId;
    this.dueAt = dueAt;
  }

  public void acknowledge(String by, Instant at, String comment) {
    this.acknowledgedBy = by;
    this.acknowledgedAt = at;
    this.comment = comment;
    this.late = at.isAfter(dueAt);
  }

  public void reminded() {
    this.remindersSent++;
  }

  public boolean isAcknowledged() {
    return acknowledgedAt != null;
  }

  public Long getId() { return id; }
  public Long getRoundId() { return roundId; }
  public Long getUnitId() { return unitId; }
  public Instant getDueAt() { return dueAt; }
  public Instant getAcknowledgedAt() { return acknowledgedAt; }
  public String getAcknowledgedBy() { return acknowledgedBy; }
  public String getComment() { return comment; }
  public boolean isLate() { return late; }
  public int getRemindersSent() { return remindersSent; }
}
