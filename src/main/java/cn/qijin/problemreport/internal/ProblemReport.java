package cn.qijin.problemreport.internal;

import cn.qijin.problemreport.ProblemReportState;
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
 * A problem a unit reported to the office (上报问题, ORG-1): the office answers it or refers it to the
 * leadership group, whose decision goes back to the unit. Every step keeps who and when.
 */
@Entity
@Table(name = "problem_report")
public class ProblemReport {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;
  private Long campaignId;
  private Long unitId;
  private String title;
  @Column(length = 4000)
  private String description;
  private String category;
  private Long evidenceId;
  private String processInstanceId;
  @Enumerated(EnumType.STRING)
  private ProblemReportState state;
  private String reportedBy;
  private Instant reportedAt;
  private LocalDate handlingDueDate;
  @Column(length = 2000)
  private String officeReply;
  @Column(length = 2000)
  private String referralNote;
  private String handledBy;
  private Instant handledAt;
  @Column(length = 4000)
  private String decision;
  private String decidedBy;
  private Instant decidedAt;
  private String acknowledgedBy;
  private Instant acknowledgedAt;
  @Column(length = 2000)
  private String acknowledgementComment;
  @Version
  private long rowVersion;

  protected ProblemReport() {}

  public ProblemReport(Long campaignId, Long unitId, String title, String description, String category,
      String processInstanceId, String reportedBy, Instant reportedAt, LocalDate handlingDueDate) {
    this.campaignId = campaignId;
    this.unitId = unitId;
    this.title = title;
    this.description = description;
    this.category = category;
    this.processInstanceId = processInstanceId;
    this.reportedBy = reportedBy;
    this.reportedAt = reportedAt;
    this.handlingDueDate = handlingDueDate;
    this.state = ProblemReportState.REPORTED;
  }

  public void attachEvidence(Long evidenceId) {
    this.evidenceId = evidenceId;
  }

  public void answerByOffice(String reply, String by, Instant at) {
    this.officeReply = reply;
    this.handledBy = by;
    this.handledAt = at;
    this.state = ProblemReportState.ANSWERED;
  }

  public void referToLeadership(String note, String by, Instant at) {
    this.referralNote = note;
    this.handledBy = by;
    this.handledAt = at;
    this.state = ProblemReportState.REFERRED;
  }

  public void decideByLeadership(String decision, String by, Instant at) {
    this.decision = decision;
    this.decidedBy = by;
    this.decidedAt = at;
    this.state = ProblemReportState.ANSWERED;
  }

  public void acknowledge(String comment, String by, Instant at) {
    this.acknowledgementComment = comment;
    this.acknowledgedBy = by;
    this.acknowledgedAt = at;
    this.state = ProblemReportState.CLOSED;
  }

  /** The answer the unit receives: the leadership group's decision when it was referred, else the office's reply. */
  public String answer() {
    return decision != null ? decision : officeReply;
  }

  public boolean wasReferred() {
    return referralNote != null;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Long getUnitId() { return unitId; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public String getCategory() { return category; }
  public Long getEvidenceId() { return evidenceId; }
  public String getProcessInstanceId() { return processInstanceId; }
  public ProblemReportState getState() { return state; }
  public String getReportedBy() { return reportedBy; }
  public Instant getReportedAt() { return reportedAt; }
  public LocalDate getHandlingDueDate() { return handlingDueDate; }
  public String getOfficeReply() { return officeReply; }
  public String getReferralNote() { return referralNote; }
  public String getHandledBy() { return handledBy; }
  public Instant getHandledAt() { return handledAt; }
  public String getDecision() { return decision; }
  public String getDecidedBy() { return decidedBy; }
  public Instant getDecidedAt() { return decidedAt; }
  public String getAcknowledgedBy() { return acknowledgedBy; }
  public Instant getAcknowledgedAt() { return acknowledgedAt; }
  public String getAcknowledgementComment() { return acknowledgementComment; }
}
