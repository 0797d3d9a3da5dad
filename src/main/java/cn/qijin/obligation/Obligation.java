package cn.qijin.obligation;

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

/** One unit's recurring obligation for one quarter (REC-1), with its due date and where it stands. */
@Entity
@Table(name = "obligation")
public class Obligation {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;
  private Long definitionId;
  private Long unitId;
  private String quarterCode;
  private LocalDate periodStart;
  private LocalDate periodEnd;
  private Instant dueAt;
  private Instant originalDueAt;

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

  protected Obligation() {}

  public Obligation(Long campaignId, Long definitionId, Long unitId, Quarter quarter, LocalDate periodStart,
      Instant dueAt) {
    this.campaignId = campaignId;
    this.definitionId = definitionId;
    this.unitId = unitId;
    this.quarterCode = quarter.code();
    this.periodStart = periodStart;
    this.periodEnd = quarter.end();
    this.dueAt = dueAt;
    this.originalDueAt = dueAt;
  }

  public Quarter quarter() {
    return Quarter.parse(quarterCode);
  }

  public boolean isClosed() {
    return status != ObligationStatus.OPEN;
  }

  void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  void fulfil(Instant at) {
    this.fulfilledAt = at;
    this.status = at.isAfter(dueAt) ? ObligationStatus.FULFILLED_LATE : ObligationStatus.FULFILLED;
  }

  void extendTo(Instant newDueAt) {
    this.dueAt = newDueAt;
  }

  void exempt(String reason, String by, Instant at) {
    this.status = ObligationStatus.EXEMPTED;
    this.exemptionReason = reason;
    this.exemptedBy = by;
    this.exemptedAt = at;
  }

  void escalateTo(int level) {
    this.escalationLevel = Math.max(escalationLevel, level);
  }

  public boolean isExtended() {
    return !dueAt.equals(originalDueAt);
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Long getDefinitionId() { return definitionId; }
  public Long getUnitId() { return unitId; }
  public String getQuarterCode() { return quarterCode; }
  public LocalDate getPeriodStart() { return periodStart; }
  public LocalDate getPeriodEnd() { return periodEnd; }
  public Instant getDueAt() { return dueAt; }
  public Instant getOriginalDueAt() { return originalDueAt; }
  public ObligationStatus getStatus() { return status; }
  public int getEscalationLevel() { return escalationLevel; }
  public Instant getFulfilledAt() { return fulfilledAt; }
  public String getExemptionReason() { return exemptionReason; }
  public String getExemptedBy() { return exemptedBy; }
  public Instant getExemptedAt() { return exemptedAt; }
  public String getProcessInstanceId() { return processInstanceId; }
}
