package cn.qijin.checklist;

import cn.qijin.checklist.internal.ChecklistItemEntity;
import cn.qijin.kernel.Venue;
import java.util.Objects;

/**
 * One item of a venue's checklist in one campaign (ENT-1, ORG-V3, ...) as other modules see it: an immutable copy,
 * read through {@link ChecklistQueries} (issue 13 part 1).
 */
public final class ChecklistItem {

  public enum Origin { TEMPLATE, OFFICE }

  private final Long id;
  private final Long campaignId;
  private final Venue venue;
  private final String code;
  private final String title;
  private final String description;
  private final String themes;
  private final Origin origin;
  private final int position;
  private final boolean allUnits;

  private ChecklistItem(ChecklistItemEntity e) {
    this.id = e.getId();
    this.campaignId = e.getCampaignId();
    this.venue = e.getVenue();
    this.code = e.getCode();
    this.title = e.getTitle();
    this.description = e.getDescription();
    this.themes = e.getThemes();
    this.origin = e.getOrigin();
    this.position = e.getPosition();
    this.allUnits = e.isForAllUnits();
  }

  static ChecklistItem of(ChecklistItemEntity e) {
    return new ChecklistItem(e);
  }

  /** "ENT-5 每季度事故警示教育" */
  public String label() {
    return code + " " + title;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public Venue getVenue() { return venue; }
  public String getCode() { return code; }
  public String getTitle() { return title; }
  public String getDescription() { return description; }
  public String getThemes() { return themes; }
  public Origin getOrigin() { return origin; }
  public int getPosition() { return position; }
  public boolean isForAllUnits() { return allUnits; }

  /** Two copies of the same row are equal, as the entity was to itself within a transaction. */
  @Override
  public boolean equals(Object o) {
    return o instanceof ChecklistItem other && Objects.equals(id, other.id);
  }

  @Override
  public int hashCode() {
    return Objects.hashCode(id);
  }
}

