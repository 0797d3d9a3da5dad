package cn.qijin.obligation.internal;

import cn.qijin.obligation.SessionRecord;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** A session a unit held for its quarterly obligation (ENT-5 warning education, ORG-V1 training meeting). */
@Entity
@Table(name = "obligation_session")
public class ObligationSession {

  public enum State { SUBMITTED, ACCEPTED, RETURNED, ADDITIONAL }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long obligationId;
  private LocalDate heldOn;
  private String sessionType;
  private long participantCount;
  private String casesAnalysed;
  private String summary;

  @Enumerated(EnumType.STRING)
  private State state;

  private String submittedBy;
  private Instant submittedAt;
  private String reviewedBy;
  private Instant reviewedAt;
  private String reviewComment;
  private Boolean onTime;

  protected ObligationSession() {}

  public ObligationSession(Long obligationId, SessionRecord record, State state, String submittedBy, Instant at) {
    this.obligationId = obligationId;
    this.heldOn = record.heldOn();
    this.sessionType = record.type();
    this.participantCount = record.participants();
    this.casesAnalysed = record.casesAnalysed();
    this.summary = record.summary();
    this.state = state;
    this.submittedBy = submittedBy;
    this.submittedAt = at;
  }

  /** REC-2: whether it reached the office by the unit's deadline (null for sessions added after fulfilment). */
  public void judgeOnTime(boolean onTime) {
    this.onTime = onTime;
  }

  public void review(boolean accepted, String comment, String by, Instant at) {
    this.state = accepted ? State.ACCEPTED : State.RETURNED;
    this.reviewComment = comment;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  public Long getId() { return id; }
  public Long getObligationId() { return obligationId; }
  public LocalDate getHeldOn() { return heldOn; }
  public String getSessionType() { return sessionType; }
  public long getParticipantCount() { return participantCount; }
  public String getCasesAnalysed() { return casesAnalysed; }
  public String getSummary() { return summary; }
  public State getState() { return state; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
  public String getReviewComment() { return reviewComment; }
  public Boolean getOnTime() { return onTime; }
}
