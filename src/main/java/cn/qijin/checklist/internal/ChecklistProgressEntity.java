package cn.qijin.checklist.internal;

import cn.qijin.checklist.ProgressState;
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

/** Where one unit stands on one checklist item (PH-2): what it recorded and what the office decided. */
@Entity(name = "ChecklistProgress")
@Table(name = "checklist_progress")
public class ChecklistProgressEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;
  private Long unitId;
  private Long itemId;
  private String processInstanceId;

  @Enumerated(EnumType.STRING)
  private ProgressState state = ProgressState.OPEN;

  private LocalDate activityDate;
  private String activityPlace;
  private Long participantCount;
  private String activityThemes;

  @Column(length = 4000)
  private String activitySummary;

  private String submittedBy;
  private Instant submittedAt;
  private Instant reviewDueAt;
  private String reviewedBy;
  private Instant reviewedAt;

  @Column(length = 2000)
  private String reviewComment;

  private int returnCount;
  private boolean carriedOver;

  protected ChecklistProgressEntity() {}

  public ChecklistProgressEntity(Long campaignId, Long unitId, Long itemId, String processInstanceId) {
    this.campaignId = campaignId;
    this.unitId = unitId;
    this.itemId = itemId;
    this.processInstanceId = processInstanceId;
  }

  public void submit(LocalDate date, String place, long participants, String themes, String summary, String by, Instant at) {
    this.activityDate = date;
    this.activityPlace = place;
    this.participantCount = participants;
    this.activityThemes = themes;
    this.activitySummary = summary;
    this.submittedBy = by;
    this.submittedAt = at;
    this.state = ProgressState.SUBMITTED;
  }

  /** ORG-2: the office's review of this submission is due then. */
  public void awaitReviewUntil(Instant dueAt) {
    this.reviewDueAt = dueAt;
  }

  public void review(boolean accepted, String comment, String by, Instant at) {
    this.reviewDueAt = null;
    this.reviewedBy = by;
    this.reviewedAt = at;
    this.reviewComment = comment;
    if (accepted) {
      this.state = ProgressState.ACCEPTED;
    } else {
      this.state = ProgressState.RETURNED;
      this.returnCount++;
    }
  }

  public void carryOver() {
    this.carriedOver = true;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Long getUnitId() { return unitId; }
  public Long getItemId() { return itemId; }
  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

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
}
