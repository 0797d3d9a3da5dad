package cn.qijin.obligation.internal;

import cn.qijin.kernel.Quarter;
import cn.qijin.obligation.ObligationPeriod;
import cn.qijin.obligation.ObligationStatus;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One unit's recurring obligation for one period (REC-1: a quarter; COM-2, PUB-2: a month), with its due date and
 * where it stands. {@code quarterCode} is the quarter containing the period: quarterly figures count it there.
 */
@Entity(name = "Obligation")
@Table(name = "obligation")
public class ObligationEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;
  private Long definitionId;
  private Long unitId;
  private String quarterCode;
  private String periodCode;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private Instant dueAt;
  private Instant originalDueAt;
  private Instant deadlineAt;
  private Instant graceUntil;
  private boolean lapsed;
  private Instant awaitingReviewSince;
  private Boolean submittedOnTime;
  private Instant reviewDueAt;

  @Enumerated(EnumType.STRING)
  private ObligationStatus status = ObligationStatus.OPEN;

  private int escalationLevel;
  private Instant fulfilledAt;
  private String exemptionReason;
  private String exemptedBy;
  private Instant exemptedAt;
  private String processInstanceId;

  @Version
  private long rowVersion;

  protected ObligationEntity() {}

  public ObligationEntity(Long campaignId, Long definitionId, Long unitId, ObligationPeriod period, LocalDate periodStart,
      Instant dueAt) {
    this.campaignId = campaignId;
    this.definitionId = definitionId;
    this.unitId = unitId;
    this.quarterCode = period.quarter().code();
    this.periodCode = period.code();
    this.periodStart = periodStart;
    this.periodEnd = period.end();
    this.dueAt = dueAt;
    this.originalDueAt = dueAt;
    this.deadlineAt = dueAt;
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

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  /**
   * REC-2: the unit hands a session to the office. It is on time when it arrives by the unit's deadline
   * and the unit had not already lapsed; from now until the office answers, the unit's clock stands still.
   */
  public boolean submit(Instant at, Instant officeReviewDueAt) {
    boolean onTime = !lapsed && !at.isAfter(deadlineAt);
    lapsed = lapsed || !onTime;
    this.awaitingReviewSince = at;
    this.submittedOnTime = onTime;
    this.reviewDueAt = officeReviewDueAt;
    return onTime;
  }

  /** REC-2: the office returned the submission; the unit's clock resumes with a grace period. */
  public void returnToUnit(Instant graceEnd) {
    clearReview();
    this.graceUntil = graceEnd;
    this.deadlineAt = later(dueAt, graceUntil);
  }

  /** REC-1, REC-2: fulfilled when the office accepts; late only if the accepted submission was late. */
  public void fulfil(boolean submittedOnTime, Instant acceptedAt) {
    clearReview();
    this.fulfilledAt = acceptedAt;
    this.status = submittedOnTime ? ObligationStatus.FULFILLED : ObligationStatus.FULFILLED_LATE;
  }

  public void extendTo(Instant newDueAt) {
    this.dueAt = newDueAt;
    this.deadlineAt = later(dueAt, graceUntil);
  }

  private void clearReview() {
    this.awaitingReviewSince = null;
    this.submittedOnTime = null;
    this.reviewDueAt = null;
  }

  private static Instant later(Instant a, Instant b) {
    return b != null && b.isAfter(a) ? b : a;
  }

  /** REC-2: whether the unit is behind at {@code now} (see {@link UnitClock#isBehind}). */
  public boolean isBehind(Instant now) {
    return UnitClock.isBehind(status, awaitingReviewSince, submittedOnTime, deadlineAt, now);
  }

  /** A submission waits for the office's review: no reminders to the unit, no ladder. */
  public boolean isAwaitingReview() {
    return awaitingReviewSince != null;
  }

  public void exempt(String reason, String by, Instant at) {
    this.status = ObligationStatus.EXEMPTED;
    this.exemptionReason = reason;
    this.exemptedBy = by;
    this.exemptedAt = at;
  }

  public void escalateTo(int level) {
    this.escalationLevel = Math.max(escalationLevel, level);
    this.lapsed = true;
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
  /** The deadline the unit's clock runs against: the due date, or the end of the grace after a return. */
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
}
