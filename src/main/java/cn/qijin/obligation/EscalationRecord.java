package cn.qijin.obligation;

import cn.qijin.obligation.internal.EscalationRecordEntity;
import java.time.Instant;
import java.util.Objects;

/**
 * REC-2: the moment an obligation reached a level of the escalation ladder, as other modules see it: an immutable
 * copy, read through {@link ObligationQueries} (issue 13 part 1).
 */
public final class EscalationRecord {

  private final Long id;
  private final Long obligationId;
  private final int level;
  private final String levelName;
  private final Instant reachedAt;
  private final String outcome;
  private final String outcomeBy;
  private final Instant outcomeAt;

  private EscalationRecord(EscalationRecordEntity e) {
    this.id = e.getId();
    this.obligationId = e.getObligationId();
    this.level = e.getLevel();
    this.levelName = e.getLevelName();
    this.reachedAt = e.getReachedAt();
    this.outcome = e.getOutcome();
    this.outcomeBy = e.getOutcomeBy();
    this.outcomeAt = e.getOutcomeAt();
  }

  static EscalationRecord of(EscalationRecordEntity e) {
    return new EscalationRecord(e);
  }

  public Long getId() { return id; }
  public Long getObligationId() { return obligationId; }
  public int getLevel() { return level; }
  public String getLevelName() { return levelName; }
  public Instant getReachedAt() { return reachedAt; }
  public String getOutcome() { return outcome; }
  public String getOutcomeBy() { return outcomeBy; }
  public Instant getOutcomeAt() { return outcomeAt; }

  /** Two copies of the same row are equal, as the entity was to itself within a transaction. */
  @Override
  public boolean equals(Object o) {
    return o instanceof EscalationRecord other && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}

