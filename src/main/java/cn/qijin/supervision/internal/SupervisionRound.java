package cn.qijin.supervision.internal;

import cn.qijin.supervision.NoticeDraft;
import cn.qijin.supervision.RoundState;
import cn.qijin.supervision.UpwardReport;
import jakarta.persistence.Column;
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
 * One campaign quarter's supervision by the office (ORG-2): the summary as aggregated, the 通报 as drafted and
 * approved (ORG-1), its circulation and the upward report (上报). The process carries only this record's id.
 */
@Entity
@Table(name = "supervision_round")
public class SupervisionRound {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;
  private String quarterCode;

  @Enumerated(EnumType.STRING)
  private RoundState state = RoundState.SUMMARISED;

  private String processInstanceId;
  private String startedBy;
  private Instant startedAt;

  @Column(length = 1_000_000)
  private String summaryJson;
  private Instant summarisedAt;

  private String documentNumber;
  private String title;
  private String addressee;
  @Column(length = 8000)
  private String body;
  @Column(length = 8000)
  private String commendedJson;
  @Column(length = 8000)
  private String namedJson;
  private String draftedBy;
  private Instant draftedAt;
  private int returnCount;
  @Column(length = 2000)
  private String leadershipOpinion;
  private String approvedBy;
  private Instant approvedAt;
  private LocalDate issueDate;
  private Instant circulatedAt;
  private Instant acknowledgementDueAt;

  private String reportedTo;
  private LocalDate reportedOn;
  private String reportMethod;
  private String reportNumber;
  @Column(length = 2000)
  private String reportNote;
  private String reportedBy;
  private Instant reportedAt;

  @Version
  private long rowVersion;

  protected SupervisionRound() {}

  public SupervisionRound(Long campaignId, String quarterCode, String startedBy, Instant startedAt) {
    this.campaignId = campaignId;
    this.quarterCode = quarterCode;
    this.startedBy = startedBy;
    this.startedAt = startedAt;
  }

  public void attachProcess(String processInstanceId) {
    this.processInstanceId = processInstanceId;
  }

  public void summarised(String summaryJson, Instant at) {
    this.summaryJson = summaryJson;
    this.summarisedAt = at;
    this.state = RoundState.SUMMARISED;
  }

  public void drafted(NoticeDraft draft, String commendedJson, String namedJson, String by, Instant at) {
    this.documentNumber = draft.documentNumber();
    this.title = draft.title();
    this.addressee = draft.addressee();
    this.body = draft.body();
    this.commendedJson = commendedJson;
    this.namedJson = namedJson;
    this.draftedBy = by;
    this.draftedAt = at;
    this.state = RoundState.AWAITING_APPROVAL;
  }

  /** The summary as of the approval and the notice brought up to it (issue 11, point 10). */
  public void refreshedForApproval(String summaryJson, Instant at, String body, String namedJson) {
    this.summaryJson = summaryJson;
    this.summarisedAt = at;
    this.body = body;
    this.namedJson = namedJson;
  }

  public void resummarised(String summaryJson, Instant at) {
    this.summaryJson = summaryJson;
    this.summarisedAt = at;
  }

  public void returned(String opinion) {
    this.leadershipOpinion = opinion;
    this.returnCount++;
    this.state = RoundState.RETURNED;
  }

  public void approved(String opinion, String by, Instant at, LocalDate issueDate) {
    this.leadershipOpinion = opinion;
    this.approvedBy = by;
    this.approvedAt = at;
    this.issueDate = issueDate;
  }

  public void circulated(Instant at, Instant acknowledgementDueAt) {
    this.circulatedAt = at;
    this.acknowledgementDueAt = acknowledgementDueAt;
    this.state = RoundState.CIRCULATED;
  }

  public void reported(UpwardReport report, String by, Instant at) {
    this.reportedTo = report.reportedTo();
    this.reportedOn = report.reportedOn();
    this.reportMethod = report.method();
    this.reportNumber = report.documentNumber();
    this.reportNote = report.note();
    this.reportedBy = by;
    this.reportedAt = at;
  }

  public void completed() {
    this.state = RoundState.COMPLETED;
  }

  public boolean isApproved() {
    return approvedAt != null;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public String getQuarterCode() { return quarterCode; }
  public RoundState getState() { return state; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getStartedBy() { return startedBy; }
  public Instant getStartedAt() { return startedAt; }
  public String getSummaryJson() { return summaryJson; }
  public Instant getSummarisedAt() { return summarisedAt; }
  public String getDocumentNumber() { return documentNumber; }
  public String getTitle() { return title; }
  public String getAddressee() { return addressee; }
  public String getBody() { return body; }
  public String getCommendedJson() { return commendedJson; }
  public String getNamedJson() { return namedJson; }
  public String getDraftedBy() { return draftedBy; }
  public Instant getDraftedAt() { return draftedAt; }
  public int getReturnCount() { return returnCount; }
  public String getLeadershipOpinion() { return leadershipOpinion; }
  public String getApprovedBy() { return approvedBy; }
  public Instant getApprovedAt() { return approvedAt; }
  public LocalDate getIssueDate() { return issueDate; }
  public Instant getCirculatedAt() { return circulatedAt; }
  public Instant getAcknowledgementDueAt() { return acknowledgementDueAt; }
  public String getReportedTo() { return reportedTo; }
  public LocalDate getReportedOn() { return reportedOn; }
  public String getReportMethod() { return reportMethod; }
  public String getReportNumber() { return reportNumber; }
  public String getReportNote() { return reportNote; }
  public String getReportedBy() { return reportedBy; }
  public Instant getReportedAt() { return reportedAt; }
}
