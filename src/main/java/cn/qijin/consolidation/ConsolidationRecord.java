package cn.qijin.consolidation;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;

/**
 * PH-3 records: a good example (典型), a practice made a standing rule (常态化制度), or a problem to
 * solve with an owner and a due date — marked by the office or carried over from open PH-2 items.
 */
@Entity
@Table(name = "consolidation_record")
public class ConsolidationRecord {

  public enum Origin { OFFICE, CARRIED_OVER }

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;

  @Enumerated(EnumType.STRING)
  private RecordKind kind;

  @Enumerated(EnumType.STRING)
  private Origin origin;

  private String title;

  @Column(length = 4000)
  private String detail;

  private Long unitId;
  private Long sourceItemId;
  private String owner;
  private LocalDate dueDate;
  private LocalDate effectiveDate;
  private boolean closed;
  private String createdBy;
  private Instant createdAt;

  protected ConsolidationRecord() {}

  public ConsolidationRecord(Long campaignId, RecordKind kind, Origin origin, String title, String detail,
      String createdBy, Instant createdAt) {
    this.campaignId = campaignId;
    this.kind = kind;
    this.origin = origin;
    this.title = title;
    this.detail = detail;
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  ConsolidationRecord forUnit(Long unitId) {
    this.unitId = unitId;
    return this;
  }

  ConsolidationRecord fromItem(Long itemId) {
    this.sourceItemId = itemId;
    return this;
  }

  ConsolidationRecord ownedBy(String owner, LocalDate dueDate) {
    this.owner = owner;
    this.dueDate = dueDate;
    return this;
  }

  ConsolidationRecord effectiveFrom(LocalDate date) {
    this.effectiveDate = date;
    return this;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public RecordKind getKind() { return kind; }
  public Origin getOrigin() { return origin; }
  public String getTitle() { return title; }
  public String getDetail() { return detail; }
  public Long getUnitId() { return unitId; }
  public Long getSourceItemId() { return sourceItemId; }
  public String getOwner() { return owner; }
  public LocalDate getDueDate() { return dueDate; }
  public LocalDate getEffectiveDate() { return effectiveDate; }
  public boolean isClosed() { return closed; }
  public String getCreatedBy() { return createdBy; }
  public Instant getCreatedAt() { return createdAt; }
}
