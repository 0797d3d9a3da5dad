package cn.qijin.campaign;

import cn.qijin.campaign.internal.CampaignEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.Objects;
import java.util.Set;

/**
 * One run of the 七进 campaign as other modules see it: an immutable copy of its row, read through
 * {@link Campaigns} (issue 13 part 1). Changing a campaign is {@link CampaignService}'s and {@link Campaigns}'.
 */
public final class Campaign {

  private final Long id;
  private final String name;
  private final String issuer;
  private final String templateCode;
  private final int templateVersion;
  private final CampaignStatus status;
  private final Phase phase;
  private final String processInstanceId;
  private final Instant createdAt;
  private final String createdBy;
  private final Instant startedAt;
  private final Instant endedAt;
  private final String planDocumentNumber;
  private final LocalDate planIssueDate;
  private final String planIssuedBy;
  private final String finalSummary;
  private final String leadershipOpinion;
  private final String summaryApprovedBy;
  private final Instant summaryApprovedAt;
  private final Set<Long> participantUnitIds;
  private final String launchProcessInstanceId;
  private final String launchDecidedBy;
  private final Instant launchDecidedAt;
  private final String launchOpinion;
  private final CampaignSchedule schedule;
  private final ReviewPolicy reviewPolicy;

  private Campaign(CampaignEntity e) {
    this.id = e.getId();
    this.name = e.getName();
    this.issuer = e.getIssuer();
    this.templateCode = e.getTemplateCode();
    this.templateVersion = e.getTemplateVersion();
    this.status = e.getStatus();
    this.phase = e.getPhase();
    this.processInstanceId = e.getProcessInstanceId();
    this.createdAt = e.getCreatedAt();
    this.createdBy = e.getCreatedBy();
    this.startedAt = e.getStartedAt();
    this.endedAt = e.getEndedAt();
    this.planDocumentNumber = e.getPlanDocumentNumber();
    this.planIssueDate = e.getPlanIssueDate();
    this.planIssuedBy = e.getPlanIssuedBy();
    this.finalSummary = e.getFinalSummary();
    this.leadershipOpinion = e.getLeadershipOpinion();
    this.summaryApprovedBy = e.getSummaryApprovedBy();
    this.summaryApprovedAt = e.getSummaryApprovedAt();
    this.participantUnitIds = Collections.unmodifiableSet(new LinkedHashSet<>(e.getParticipantUnitIds()));
    this.launchProcessInstanceId = e.getLaunchProcessInstanceId();
    this.launchDecidedBy = e.getLaunchDecidedBy();
    this.launchDecidedAt = e.getLaunchDecidedAt();
    this.launchOpinion = e.getLaunchOpinion();
    this.schedule = e.schedule();
    this.reviewPolicy = e.reviewPolicy();
  }

  static Campaign of(CampaignEntity e) {
    return new Campaign(e);
  }

  public CampaignSchedule schedule() {
    return schedule;
  }

  /** REC-2, ORG-2: how long the office has to review a submission, and the unit's grace after a return. */
  public ReviewPolicy reviewPolicy() {
    return reviewPolicy;
  }

  /** PH-3: the final summary is approved; the campaign still runs until every obligation is settled. */
  public boolean isSummaryApproved() {
    return summaryApprovedAt != null;
  }

  public Long getId() { return id; }
  public String getName() { return name; }
  public String getIssuer() { return issuer; }
  public String getTemplateCode() { return templateCode; }
  public int getTemplateVersion() { return templateVersion; }
  public CampaignStatus getStatus() { return status; }
  public Phase getPhase() { return phase; }
  public String getProcessInstanceId() { return processInstanceId; }
  public Instant getCreatedAt() { return createdAt; }
  public String getCreatedBy() { return createdBy; }
  public Instant getStartedAt() { return startedAt; }
  public Instant getEndedAt() { return endedAt; }
  public String getPlanDocumentNumber() { return planDocumentNumber; }
  public LocalDate getPlanIssueDate() { return planIssueDate; }
  public String getPlanIssuedBy() { return planIssuedBy; }
  public String getFinalSummary() { return finalSummary; }
  public String getLeadershipOpinion() { return leadershipOpinion; }
  public String getSummaryApprovedBy() { return summaryApprovedBy; }
  public Instant getSummaryApprovedAt() { return summaryApprovedAt; }
  public Set<Long> getParticipantUnitIds() { return participantUnitIds; }
  public String getLaunchProcessInstanceId() { return launchProcessInstanceId; }
  public String getLaunchDecidedBy() { return launchDecidedBy; }
  public Instant getLaunchDecidedAt() { return launchDecidedAt; }
  /** ORG-1: the leadership group's latest opinion on the proposal (发起活动). */
  public String getLaunchOpinion() { return launchOpinion; }

  /** Two copies of the same row are equal, as the entity was to itself within a transaction. */
  @Override
  public boolean equals(Object o) {
    return o instanceof Campaign other && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}

