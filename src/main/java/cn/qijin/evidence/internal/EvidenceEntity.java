package cn.qijin.evidence.internal;

import cn.qijin.evidence.ReviewState;
import cn.qijin.kernel.Venue;
import jakarta.persistence.CascadeType;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;

/**
 * What a unit submitted for one checklist item (PH-2) or one quarterly session (REC-1): the record
 * and its files. The process carries only this record's id.
 */
@Entity(name = "Evidence")
@Table(name = "evidence")
public class EvidenceEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;
  private Long unitId;

  @Enumerated(EnumType.STRING)
  private Venue venue;

  private Long checklistItemId;
  private Long obligationId;
  private Long obligationSessionId;
  private Long consolidationRecordId;
  private String themes;
  private LocalDate heldOn;
  private String place;
  private Long participantCount;
  private String summary;
  private String submittedBy;
  private Instant submittedAt;

  @Enumerated(EnumType.STRING)
  private ReviewState reviewState = ReviewState.SUBMITTED;

  private String reviewedBy;
  private Instant reviewedAt;
  private String reviewComment;
  private String processInstanceId;

  @Version
  private long rowVersion;

  @OneToMany(cascade = CascadeType.ALL, fetch = FetchType.EAGER)
  @JoinColumn(name = "evidence_id", nullable = false)
  @OrderBy("id")
  private List<EvidenceFile> files = new ArrayList<>();

  protected EvidenceEntity() {}

  public EvidenceEntity(Long campaignId, Long unitId, Venue venue, String processInstanceId) {
    this.campaignId = campaignId;
    this.unitId = unitId;
    this.venue = venue;
    this.processInstanceId = processInstanceId;
  }

  public EvidenceEntity forChecklistItem(Long itemId) {
    this.checklistItemId = itemId;
    return this;
  }

  public EvidenceEntity forObligation(Long obligationId, Long sessionId) {
    this.obligationId = obligationId;
    this.obligationSessionId = sessionId;
    return this;
  }

  public EvidenceEntity forConsolidationRecord(Long recordId) {
    this.consolidationRecordId = recordId;
    return this;
  }

  public void describe(LocalDate heldOn, String place, Long participants, String themes, String summary, String by,
      Instant at) {
    this.heldOn = heldOn;
    this.place = place;
    this.participantCount = participants;
    this.themes = themes;
    this.summary = summary;
    this.submittedBy = by;
    this.submittedAt = at;
    this.reviewState = ReviewState.SUBMITTED;
  }

  public boolean hasFile(String sha256) {
    return files.stream().anyMatch(f -> f.getSha256().equals(sha256));
  }

  public void add(EvidenceFile file) {
    files.add(file);
  }

  public void review(boolean accepted, String comment, String by, Instant at) {
    this.reviewState = accepted ? ReviewState.ACCEPTED : ReviewState.RETURNED;
    this.reviewComment = comment;
    this.reviewedBy = by;
    this.reviewedAt = at;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Long getUnitId() { return unitId; }
  public Venue getVenue() { return venue; }
  public Long getChecklistItemId() { return checklistItemId; }
  public Long getObligationId() { return obligationId; }
  public Long getObligationSessionId() { return obligationSessionId; }
  public Long getConsolidationRecordId() { return consolidationRecordId; }
  public String getThemes() { return themes; }
  public LocalDate getHeldOn() { return heldOn; }
  public String getPlace() { return place; }
  public Long getParticipantCount() { return participantCount; }
  public String getSummary() { return summary; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public ReviewState getReviewState() { return reviewState; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
  public String getReviewComment() { return reviewComment; }
  public String getProcessInstanceId() { return processInstanceId; }
  public List<EvidenceFile> getFiles() { return files; }
}
