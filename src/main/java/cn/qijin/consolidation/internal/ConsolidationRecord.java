package cn.qijin.consolidation.internal;

import cn.qijin.consolidation.RecordKind;
import cn.qijin.kernel.Venue;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/**
 * PH-3 records: a good example (典型), a practice made a standing rule (常态化制度), or a problem to
 * solve with an owner and a due date — marked by the office or carried over from open PH-2 items.
 */
@Entity
@Table(name = "consolidation_record")
public class ConsolidationRecord {

  /**
   * OFFICE: written by the consolidation form (巩固提升评定与总结), replaced when the office submits it
   * again; CARRIED_OVER: an open PH-2 item; DIRECT: recorded by the office through the API.
   */
  public enum Origin {
    OFFICE("评定与总结"), CARRIED_OVER("组织实施阶段转入"), DIRECT("办公室登记");

    private final String chineseName;

    Origin(String chineseName) {
      this.chineseName = chineseName;
    }

    public String chineseName() {
      return chineseName;
    }
  }

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

  @Enumerated(EnumType.STRING)
  private Venue venue;

  private String themes;
  private Long sourceExampleId;
  private String ownerGroup;

  @Column(length = 4000)
  private String closingNote;

  private Instant closedAt;
  private String closedBy;
  private String processInstanceId;
  private Instant escalatedAt;
  private int returnCount;

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "consolidation_evidence", joinColumns = @JoinColumn(name = "record_id"))
  @Column(name = "evidence_id")
  private Set<Long> evidenceIds = new LinkedHashSet<>();

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

  public ConsolidationRecord forUnit(Long unitId) {
    this.unitId = unitId;
    return this;
  }

  public ConsolidationRecord fromItem(Long itemId) {
    this.sourceItemId = itemId;
    return this;
  }

  public ConsolidationRecord ownedBy(String owner, LocalDate dueDate) {
    this.owner = owner;
    this.dueDate = dueDate;
    return this;
  }

  public ConsolidationRecord effectiveFrom(LocalDate date) {
    this.effectiveDate = date;
    return this;
  }

  /** A good example's place in the library: where it comes from, its themes and the accepted evidence. */
  public ConsolidationRecord placedIn(Venue venue, String themes, Set<Long> evidenceIds) {
    this.venue = venue;
    this.themes = themes;
    this.evidenceIds = new LinkedHashSet<>(evidenceIds);
    return this;
  }

  public ConsolidationRecord madeFrom(Long goodExampleId) {
    this.sourceExampleId = goodExampleId;
    return this;
  }

  /** The Camunda group that rectifies this problem: a unit's group or the office. */
  public ConsolidationRecord assignedTo(String ownerGroup) {
    this.ownerGroup = ownerGroup;
    return this;
  }

  public void rewrite(String title, String detail) {
    this.title = title;
    this.detail = detail;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void returned() {
    this.returnCount++;
  }

  public void escalated(Instant at) {
    if (escalatedAt == null) {
      this.escalatedAt = at;
    }
  }

  public void close(String closingNote, String closedBy, Instant closedAt) {
    this.closed = true;
    this.closingNote = closingNote;
    this.closedBy = closedBy;
    this.closedAt = closedAt;
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
  public Venue getVenue() { return venue; }
  public String getThemes() { return themes; }
  public Long getSourceExampleId() { return sourceExampleId; }
  public String getOwnerGroup() { return ownerGroup; }
  public String getClosingNote() { return closingNote; }
  public Instant getClosedAt() { return closedAt; }
  public String getClosedBy() { return closedBy; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getEscalatedAt() { return escalatedAt; }
  public int getReturnCount() { return returnCount; }
  public Set<Long> getEvidenceIds() { return evidenceIds; }
}
