package cn.qijin.obligation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/** REC-3: a unit's request for more time, and the office's decision, on the record. */
@Entity
@Table(name = "obligation_extension")
public class ObligationExtension {

  public enum Decision { PENDING, APPROVED, REFUSED }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long obligationId;
  private String reason;
  private Instant previousDueAt;
  private LocalDate requestedDueDate;
  private String requestedBy;
  private Instant requestedAt;

  @Enumerated(EnumType.STRING)
  private Decision decision = Decision.PENDING;

  private String decidedBy;
  private Instant decidedAt;
  private String decisionComment;

  protected ObligationExtension() {}

  public ObligationExtension(Long obligationId, String reason, Instant previousDueAt, LocalDate requestedDueDate,
      String requestedBy, Instant requestedAt) {
    this.obligationId = obligationId;
    this.reason = reason;
    this.previousDueAt = previousDueAt;
    this.requestedDueDate = requestedDueDate;
    this.requestedBy = requestedBy;
    this.requestedAt = requestedAt;
  }

  public void decide(boolean approved, String comment, String by, Instant at) {
    this.decision = approved ? Decision.APPROVED : Decision.REFUSED;
    this.decisionComment = comment;
    this.decidedBy = by;
    this.decidedAt = at;
  }

  public Long getId() { return id; }
  public Long getObligationId() { return obligationId; }
  public String getReason() { return reason; }
  public Instant getPreviousDueAt() { return previousDueAt; }
  public LocalDate getRequestedDueDate() { return requestedDueDate; }
  public String getRequestedBy() { return requestedBy; }
  public Instant getRequestedAt() { return requestedAt; }
  public Decision getDecision() { return decision; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getDecisionComment() { return decisionComment; }
}
