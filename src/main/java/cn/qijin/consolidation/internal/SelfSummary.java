package cn.qijin.consolidation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** PH-3: a unit's self-summary (自查总结). */
@Entity
@Table(name = "self_summary")
public class SelfSummary {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;
  private Long unitId;

  @Column(length = 4000)
  private String summaryText;

  @Column(length = 4000)
  private String highlights;

  @Column(length = 4000)
  private String problems;

  private String submittedBy;
  private Instant submittedAt;

  protected SelfSummary() {}

  public SelfSummary(Long campaignId, Long unitId, String summaryText, String highlights, String problems,
      String submittedBy, Instant submittedAt) {
    this.campaignId = campaignId;
    this.unitId = unitId;
    this.summaryText = summaryText;
    this.highlights = highlights;
    this.problems = problems;
    this.submittedBy = submittedBy;
    this.submittedAt = submittedAt;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Long getUnitId() { return unitId; }
  public String getSummaryText() { return summaryText; }
  public String getHighlights() { return highlights; }
  public String getProblems() { return problems; }
  public String getSubmittedBy() { return submittedBy; }
  public Instant getSubmittedAt() { return submittedAt; }
}
