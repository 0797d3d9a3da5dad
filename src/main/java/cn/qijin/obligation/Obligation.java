package cn.qijin.obligation;

import cn.qijin.kernel.Quarter;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.UnitClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * One unit's recurring obligation for one period (REC-1, COM-2, PUB-2) as other modules see it: an immutable copy,
 * read through {@link ObligationQueries} (issue 13 part 1).
 */
public final class Obligation {

  private final Long id;
  private final Long campaignId;
  private final Long definitionId;
  private final Long unitId;
  private final String quarterCode;
  private final String periodCode;
  private final LocalDate periodStart;
  private final LocalDate periodEnd;
  private final Instant dueAt;
  private final Instant originalDueAt;
  private final Instant deadlineAt;
  private final Instant graceUntil;
  private final boolean lapsed;
  private final Instant awaitingReviewSince;
  private final Boolean submittedOnTime;
  private final Instant reviewDueAt;
  private final ObligationStatus status;
  private final int escalationLevel;
  private final Instant fulfilledAt;
  private final String exemptionReason;
  private final String exemptedBy;
  private final Instant exemptedAt;
  private final String processInstanceId;

  private Obligation(ObligationEntity e) {
    this.id = e.getId();
    this.campaignId = e.getCampaignId();
    this.definitionId = e.getDefinitionId();
    this.unitId = e.getUnitId();
    this.quarterCode = e.getQuarterCode();
    this.periodCode = e.getPeriodCode();
    this.periodStart = e.getPeriodStart();
    this.periodEnd = e.getPeriodEnd();
    this.dueAt = e.getDueAt();
    this.originalDueAt = e.getOriginalDueAt();
    this.deadlineAt = e.getDeadlineAt();
    this.graceUntil = e.getGraceUntil();
    this.lapsed = e.isLapsed();
    this.awaitingReviewSince = e.getAwaitingReviewSince();
    this.submittedOnTime = e.getSubmittedOnTime();
    this.reviewDueAt = e.getReviewDueAt();
    this.status = e.getStatus();
    this.escalationLevel = e.getEscalationLevel();
    this.fulfilledAt = e.getFulfilledAt();
    this.exemptionReason = e.getExemptionReason();
    this.exemptedBy = e.getExemptedBy();
    this.exemptedAt = e.getExemptedAt();
    this.processInstanceId = e.getProcessInstanceId();
  }

  static Obligation of(ObligationEntity e) {
    return new Obligation(e);
  }

  public Quarter quarter() {
    return Quarter.parse(quarterCode);
  }

  public ObligationPeriod period() {
    return ObligationPeriod.parse(periodCode);
  }

  public boolean isClosed() {
    return status != ObligationStatus.OPEN;
  }

  /** REC-2: whether the unit is behind at {@code now} (see {@link UnitClock#isBehind}). */
  public boolean isBehind(Instant now) {
    return UnitClock.isBehind(status, awaitingReviewSince, submittedOnTime, deadlineAt, now);
  }

  /** A submission waits for the office's review: no reminders to the unit, no ladder. */
  public boolean isAwaitingReview() {
    return awaitingReviewSince != null;
  }

  public boolean isExtended() {
    return !dueAt.equals(originalDueAt);
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Long getDefinitionId() { return definitionId; }
  public Long getUnitId() { return unitId; }
  public String getQuarterCode() { return quarterCode; }
  public String getPeriodCode() { return periodCode; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public Instant getDueAt() { return dueAt; }
  public Instant getOriginalDueAt() { return originalDueAt; }
  public Instant getDeadlineAt() { return deadlineAt; }
  public Instant getGraceUntil() { return graceUntil; }
  public boolean isLapsed() { return lapsed; }
  public Instant getAwaitingReviewSince() { return awaitingReviewSince; }
  public Boolean getSubmittedOnTime() { return submittedOnTime; }
  public Instant getReviewDueAt() { return reviewDueAt; }
  public ObligationStatus getStatus() { return status; }
  public int getEscalationLevel() { return escalationLevel; }
  public Instant getFulfilledAt() { return fulfilledAt; }
  public String getExemptionReason() { return exemptionReason; }
  public String getExemptedBy() { return exemptedBy; }
  public Instant getExemptedAt() { return exemptedAt; }
  public String getProcessInstanceId() { return processInstanceId; }

  /** Two copies of the same row are equal, as the entity was to itself within a transaction. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Obligation other && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}

