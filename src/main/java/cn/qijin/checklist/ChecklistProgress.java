package cn.qijin.checklist;

import cn.qijin.checklist.internal.ChecklistProgressEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Objects;

/**
 * Where one unit stands on one checklist item (PH-2) as other modules see it: an immutable copy, read through
 * {@link ChecklistQueries} (issue 13 part 1).
 */
public final class ChecklistProgress {

  private final Long id;
  private final Long campaignId;
  private final Long unitId;
  private final Long itemId;
  private final String processInstanceId;
  private final ProgressState state;
  private final LocalDate activityDate;
  private final String activityPlace;
  private final Long participantCount;
  private final String activityThemes;
  private final String activitySummary;
  private final String submittedBy;
  private final Instant submittedAt;
  private final Instant reviewDueAt;
  private final String reviewedBy;
  private final Instant reviewedAt;
  private final String reviewComment;
  private final int returnCount;
  private final boolean carriedOver;

  private ChecklistProgress(ChecklistProgressEntity e) {
    this.id = e.getId();
    this.campaignId = e.getCampaignId();
    this.unitId = e.getUnitId();
    this.itemId = e.getItemId();
    this.processInstanceId = e.getProcessInstanceId();
    this.state = e.getState();
    this.activityDate = e.getActivityDate();
    this.activityPlace = e.getActivityPlace();
    this.participantCount = e.getParticipantCount();
    this.activityThemes = e.getActivityThemes();
    this.activitySummary = e.getActivitySummary();
    this.submittedBy = e.getSubmittedBy();
    this.submittedAt = e.getSubmittedAt();
    this.reviewDueAt = e.getReviewDueAt();
    this.reviewedBy = e.getReviewedBy();
    this.reviewedAt = e.getReviewedAt();
    this.reviewComment = e.getReviewComment();
    this.returnCount = e.getReturnCount();
    this.carriedOver = e.isCarriedOver();
  }

  static ChecklistProgress of(ChecklistProgressEntity e) {
    return new ChecklistProgress(e);
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Long getUnitId() { return unitId; }
  public Long getItemId() { return itemId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public ProgressState getState() { return state; }
  public LocalDate getActivityDate() { return activityDate; }
  public String getActivityPlace() { return activityPlace; }
  public Long getParticipantCount() { return participantCount; }
  public String getActivityThemes() { return activityThemes; }
  public String getActivitySummary() { return activitySummary; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
  public Instant getReviewDueAt() { return reviewDueAt; }
  public String getReviewedBy() { return reviewedBy; }
  public Instant getReviewedAt() { return reviewedAt; }
  public String getReviewComment() { return reviewComment; }
  public int getReturnCount() { return returnCount; }
  public boolean isCarriedOver() { return carriedOver; }

  /** Two copies of the same row are equal, as the entity was to itself within a transaction. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ChecklistProgress other && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}

