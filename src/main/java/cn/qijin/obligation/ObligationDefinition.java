package cn.qijin.obligation;

import cn.qijin.kernel.Recurrence;
import cn.qijin.kernel.Venue;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.template.ReminderPolicy;
import java.util.Objects;

/**
 * A recurring obligation of a campaign, from its template (REC-1), as other modules see it: an immutable copy, read
 * through {@link ObligationQueries} (issue 13 part 1).
 */
public final class ObligationDefinition {

  private final Long id;
  private final Long campaignId;
  private final String code;
  private final Venue venue;
  private final String period;
  private final int minCount;
  private final String title;
  private final String themes;
  private final ReminderPolicy reminderPolicy;

  private ObligationDefinition(ObligationDefinitionEntity e) {
    this.id = e.getId();
    this.campaignId = e.getCampaignId();
    this.code = e.getCode();
    this.venue = e.getVenue();
    this.period = e.getPeriod();
    this.minCount = e.getMinCount();
    this.title = e.getTitle();
    this.themes = e.getThemes();
    this.reminderPolicy = e.reminderPolicy();
  }

  static ObligationDefinition of(ObligationDefinitionEntity e) {
    return new ObligationDefinition(e);
  }

  public Recurrence recurrence() {
    return Recurrence.of(period);
  }

  public ReminderPolicy reminderPolicy() {
    return reminderPolicy;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public String getCode() { return code; }
  public Venue getVenue() { return venue; }
  public String getPeriod() { return period; }
  public int getMinCount() { return minCount; }
  public String getTitle() { return title; }
  public String getThemes() { return themes; }

  /** Two copies of the same row are equal, as the entity was to itself within a transaction. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ObligationDefinition other && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}

