package cn.qijin.campaign.internal;

import cn.qijin.campaign.CampaignSchedule;
import cn.qijin.campaign.CampaignStatus;
import cn.qijin.campaign.Phase;
import cn.qijin.campaign.ReviewPolicy;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashSet;
import java.util.Set;

/** One run of the 七进 campaign by one bureau, created from a versioned template. */
@Entity(name = "Campaign")
@Table(name = "campaign")
public class CampaignEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private String name;
  private String issuer;
  private String templateCode;
  private int templateVersion;
  @Column(name = "ph1_start")
  private LocalDate ph1Start;
  @Column(name = "ph1_end")
  private LocalDate ph1End;
  @Column(name = "ph2_start")
  private LocalDate ph2Start;
  @Column(name = "ph2_end")
  private LocalDate ph2End;
  @Column(name = "ph3_start")
  private LocalDate ph3Start;
  @Column(name = "ph3_end")
  private LocalDate ph3End;

  @Enumerated(EnumType.STRING)
  private CampaignStatus status = CampaignStatus.DRAFT;

  @Enumerated(EnumType.STRING)
  private Phase phase;

  private String processInstanceId;
  private Instant createdAt;
  private String createdBy;
  private Instant startedAt;
  private Instant endedAt;

  private String planDocumentNumber;
  private LocalDate planIssueDate;
  private String planIssuedBy;

  @Column(length = 8000)
  private String finalSummary;
  private String leadershipOpinion;
  private String summaryApprovedBy;
  private Instant summaryApprovedAt;

  private String launchProcessInstanceId;
  private String launchDecidedBy;
  private Instant launchDecidedAt;
  private String launchOpinion;

  private int reviewDays = ReviewPolicy.DEFAULT.days();
  private boolean reviewWorkingDays = ReviewPolicy.DEFAULT.workingDays();
  private int reviewReminderEveryDays = ReviewPolicy.DEFAULT.reminderEveryDays();
  private int graceDays = ReviewPolicy.DEFAULT.graceDays();

  @ElementCollection(fetch = FetchType.EAGER)
  @CollectionTable(name = "campaign_participant", joinColumns = @JoinColumn(name = "campaign_id"))
  @Column(name = "unit_id")
  private Set<Long> participantUnitIds = new LinkedHashSet<>();

  protected CampaignEntity() {}

  public CampaignEntity(String name, String issuer, String templateCode, int templateVersion, CampaignSchedule schedule,
      String createdBy, Instant createdAt) {
    this.name = name;
    this.issuer = issuer;
    this.templateCode = templateCode;
    this.templateVersion = templateVersion;
    dated(schedule);
    this.createdBy = createdBy;
    this.createdAt = createdAt;
  }

  public CampaignSchedule schedule() {
    return new CampaignSchedule(ph1Start, ph1End, ph2Start, ph2End, ph3Start, ph3End);
  }

  public void reviewedBy(ReviewPolicy policy) {
    this.reviewDays = policy.days();
    this.reviewWorkingDays = policy.workingDays();
    this.reviewReminderEveryDays = policy.reminderEveryDays();
    this.graceDays = policy.graceDays();
  }

  /** REC-2, ORG-2: how long the office has to review a submission, and the unit's grace after a return. */
  public ReviewPolicy reviewPolicy() {
    return new ReviewPolicy(reviewDays, reviewWorkingDays, reviewReminderEveryDays, graceDays);
  }

  /** PH-3: the final summary is approved; the campaign still runs until every obligation is settled. */
  public boolean isSummaryApproved() {
    return summaryApprovedAt != null;
  }

  /** The office changes its proposal (issue 14 part 3) before the leadership group approves it. */
  public void revise(String name, String issuer, CampaignSchedule schedule) {
    this.name = name;
    this.issuer = issuer;
    dated(schedule);
  }

  private void dated(CampaignSchedule schedule) {
    this.ph1Start = schedule.ph1Start();
    this.ph1End = schedule.ph1End();
    this.ph2Start = schedule.ph2Start();
    this.ph2End = schedule.ph2End();
    this.ph3Start = schedule.ph3Start();
    this.ph3End = schedule.ph3End();
  }

  /** ORG-1: the proposal goes to the leadership group, carried by the launch process. */
  public void submitForApproval(String launchProcessInstanceId) {
    this.launchProcessInstanceId = launchProcessInstanceId;
    this.status = CampaignStatus.AWAITING_APPROVAL;
  }

  /** ORG-1: the leadership group's decision; a returned proposal goes back to the office as a draft. */
  public void recordLaunchDecision(boolean approved, String opinion, String userId, Instant at) {
    this.launchOpinion = opinion;
    this.launchDecidedBy = userId;
    this.launchDecidedAt = at;
    if (!approved) {
      this.status = CampaignStatus.DRAFT;
    }
  }

  public void withdrawProposal() {
    this.status = CampaignStatus.WITHDRAWN;
  }

  public void enrol(Set<Long> participants) {
    this.participantUnitIds = new LinkedHashSet<>(participants);
  }

  /** A unit withdrawn from the running campaign (issue 14 part 4): it is no longer a participant. */
  public void withdraw(Long unitId) {
    this.participantUnitIds.remove(unitId);
  }

  /** A unit added to the running campaign (issue 14 part 4). */
  public void enrolLate(Long unitId) {
    this.participantUnitIds.add(unitId);
  }

  public void markStarted(String processInstanceId, Instant at) {
    this.processInstanceId = processInstanceId;
    this.status = CampaignStatus.RUNNING;
    this.phase = Phase.PH1;
    this.startedAt = at;
  }

  public void enter(Phase phase) {
    this.phase = phase;
  }

  public void markEnded(Instant at) {
    this.status = CampaignStatus.ENDED;
    this.endedAt = at;
  }

  public void recordPlanIssued(String documentNumber, LocalDate issueDate, String userId) {
    this.planDocumentNumber = documentNumber;
    this.planIssueDate = issueDate;
    this.planIssuedBy = userId;
  }

  public void recordFinalSummary(String finalSummary) {
    this.finalSummary = finalSummary;
  }

  public void recordLeadershipDecision(boolean approved, String opinion, String userId, Instant at) {
    this.leadershipOpinion = opinion;
    if (approved) {
      this.summaryApprovedBy = userId;
      this.summaryApprovedAt = at;
    }
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
  public String getLaunchOpinion() { return launchOpinion; }
}
