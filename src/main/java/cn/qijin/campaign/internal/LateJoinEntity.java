package cn.qijin.campaign.internal;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EmbeddedId;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import java.io.Serializable;
import java.time.Instant;
import java.time.LocalDate;

/** A unit added to a running campaign (issue 14 part 4): the day and phase it joined, and who added it. */
@Entity(name = "LateJoin")
@Table(name = "campaign_late_join")
public class LateJoinEntity {

  /** The campaign and the unit. */
  @Embeddable
  public record Key(@Column(name = "campaign_id") Long campaignId, @Column(name = "unit_id") Long unitId)
      implements Serializable {}

  @EmbeddedId
  private Key id;

  private LocalDate joinedOn;
  private String joinedPhase;
  private String joinedBy;
  private Instant joinedAt;

  protected LateJoinEntity() {}

  public LateJoinEntity(Long campaignId, Long unitId, LocalDate joinedOn, String joinedPhase, String joinedBy,
      Instant joinedAt) {
    this.id = new Key(campaignId, unitId);
    this.joinedOn = joinedOn;
    this.joinedPhase = joinedPhase;
    this.joinedBy = joinedBy;
    this.joinedAt = joinedAt;
  }

  public Key getId() { return id; }
  public Long getUnitId() { return id.unitId(); }
  public LocalDate getJoinedOn() { return joinedOn; }
  public String getJoinedPhase() { return joinedPhase; }
  public String getJoinedBy() { return joinedBy; }
  public Instant getJoinedAt() { return joinedAt; }
}
