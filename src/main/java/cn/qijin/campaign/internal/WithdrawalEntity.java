package cn.qijin.campaign.internal;

import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.time.Instant;

/** A unit withdrawn from a running campaign (issue 14 part 4), with the office's reason. */
@Entity(name = "Withdrawal")
@Table(name = "campaign_withdrawal")
public class WithdrawalEntity {

  @EmbeddedId
  private LateJoinEntity.Key id;

  private String reason;
  private String withdrawnBy;
  private Instant withdrawnAt;

  protected WithdrawalEntity() {}

  public WithdrawalEntity(Long campaignId, Long unitId, String reason, String withdrawnBy, Instant withdrawnAt) {
    this.id = new LateJoinEntity.Key(campaignId, unitId);
    this.reason = reason;
    this.withdrawnBy = withdrawnBy;
    this.withdrawnAt = withdrawnAt;
  }

  public Long getUnitId() { return id.unitId(); }
  public String getReason() { return reason; }
  public String getWithdrawnBy() { return withdrawnBy; }
  public Instant getWithdrawnAt() { return withdrawnAt; }
}
