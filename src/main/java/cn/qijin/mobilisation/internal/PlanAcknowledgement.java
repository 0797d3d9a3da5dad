package cn.qijin.mobilisation.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** PH-1: a unit's receipt (签收) of the work plan. */
@Entity
@Table(name = "plan_acknowledgement")
public class PlanAcknowledgement {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;
  private Long unitId;
  private String signerName;

  @Column(length = 2000)
  private String remarks;

  private String acknowledgedBy;
  private Instant acknowledgedAt;

  protected PlanAcknowledgement() {}

  public PlanAcknowledgement(Long campaignId, Long unitId, String signerName, String remarks, String acknowledgedBy,
      Instant acknowledgedAt) {
    this.campaignId = campaignId;
    this.unitId = unitId;
    this.signerName = signerName;
    this.remarks = remarks;
    this.acknowledgedBy = acknowledgedBy;
    this.acknowledgedAt = acknowledgedAt;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Long getUnitId() { return unitId; }
  public String getSignerName() { return signerName; }
  public String getRemarks() { return remarks; }
  public String getAcknowledgedBy() { return acknowledgedBy; }
  public Instant getAcknowledgedAt() { return acknowledgedAt; }
}
