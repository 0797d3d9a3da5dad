package cn.qijin.obligation.internal;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** REC-2: the moment an obligation reached a level of the escalation ladder (one row per level). */
@Entity(name = "EscalationRecord")
@Table(name = "obligation_escalation")
public class EscalationRecordEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long obligationId;
  private int level;
  private String levelName;
  private Instant reachedAt;
  private String outcome;
  private String outcomeBy;
  private Instant outcomeAt;

  protected EscalationRecordEntity() {}

  public EscalationRecordEntity(Long obligationId, int level, String levelName, Instant reachedAt) {
    this.obligationId = obligationId;
    this.level = level;
    this.levelName = levelName;
    this.reachedAt = reachedAt;
  }

  public void recordOutcome(String outcome, String by, Instant at) {
    this.outcome = outcome;
    this.outcomeBy = by;
    this.outcomeAt = at;
  }

  public Long getId() { return id; }
  public Long getObligationId() { return obligationId; }
  public int getLevel() { return level; }
  public String getLevelName() { return levelName; }
  public Instant getReachedAt() { return reachedAt; }
  public String getOutcome() { return outcome; }
  public String getOutcomeBy() { return outcomeBy; }
  public Instant getOutcomeAt() { return outcomeAt; }
}
