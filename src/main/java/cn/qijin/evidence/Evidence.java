package cn.qijin.evidence;

import cn.qijin.evidence.internal.EvidenceEntity;
import cn.qijin.evidence.internal.EvidenceFile;
import cn.qijin.kernel.Venue;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

/**
 * What a unit submitted for one checklist item (PH-2), one quarterly session (REC-1), a rectification or a problem
 * report, as other modules see it: an immutable copy of the record and its files (issue 13 part 1).
 */
public final class Evidence {

  private final Long id;
  private final Long campaignId;
  private final Long unitId;
  private final Venue venue;
  private final Long checklistItemId;
  private final Long obligationId;
  private final Long obligationSessionId;
  private final Long consolidationRecordId;
  private final String themes;
  private final LocalDate heldOn;
  private final String place;
  private final Long participantCount;
  private final String summary;
  private final String submittedBy;
  private final Instant submittedAt;
  private final ReviewState reviewState;
  private final String reviewedBy;
  private final Instant reviewedAt;
  private final String reviewComment;
  private final String processInstanceId;
  private final List<File> files;

  private Evidence(EvidenceEntity e) {
    this.id = e.getId();
    this.campaignId = e.getCampaignId();
    this.unitId = e.getUnitId();
    this.venue = e.getVenue();
    this.checklistItemId = e.getChecklistItemId();
    this.obligationId = e.getObligationId();
    this.obligationSessionId = e.getObligationSessionId();
    this.consolidationRecordId = e.getConsolidationRecordId();
    this.themes = e.getThemes();
    this.heldOn = e.getHeldOn();
    this.place = e.getPlace();
    this.participantCount = e.getParticipantCount();
    this.summary = e.getSummary();
    this.submittedBy = e.getSubmittedBy();
    this.submittedAt = e.getSubmittedAt();
    this.reviewState = e.getReviewState();
    this.reviewedBy = e.getReviewedBy();
    this.reviewedAt = e.getReviewedAt();
    this.reviewComment = e.getReviewComment();
    this.processInstanceId = e.getProcessInstanceId();
    this.files = e.getFiles().stream().map(File::of).toList();
  }

  static Evidence of(EvidenceEntity e) {
    return new Evidence(e);
  }

  /** One file of the record; its bytes live once in the {@link EvidenceStore} under its SHA-256. */
  public record File(Long id, String fileName, String contentType, long size, String sha256, String addedBy,
      Instant addedAt) {

    static File of(EvidenceFile f) {
      return new File(f.getId(), f.getFileName(), f.getContentType(), f.getSize(), f.getSha256(), f.getAddedBy(),
          f.getAddedAt());
    }
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
  public List<File> getFiles() { return files; }

  /** Two copies of the same row are equal, as the entity was to itself within a transaction. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Evidence other && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}

