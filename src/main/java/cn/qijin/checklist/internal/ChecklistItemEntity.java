package cn.qijin.checklist.internal;

import cn.qijin.kernel.Venue;
import cn.qijin.checklist.ChecklistItem.Origin;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** One item of a venue's checklist in one campaign (ENT-1, ORG-V3, ...), copied from the template or added by the office. */
@Entity(name = "ChecklistItem")
@Table(name = "checklist_item")
public class ChecklistItemEntity {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;

  @Enumerated(EnumType.STRING)
  private Venue venue;

  private String code;
  private String title;

  @Column(length = 2000)
  private String description;

  private String themes;

  @Enumerated(EnumType.STRING)
  private Origin origin;

  @Column(name = "sort_order")
  private int position;

  /** On every participating unit's checklist, whatever its venue (FAM-1). */
  @Column(name = "all_units")
  private boolean allUnits;

  protected ChecklistItemEntity() {}

  public ChecklistItemEntity(Long campaignId, Venue venue, String code, String title, String description, String themes,
      Origin origin, int position) {
    this.campaignId = campaignId;
    this.venue = venue;
    this.code = code;
    this.title = title;
    this.description = description;
    this.themes = themes;
    this.origin = origin;
    this.position = position;
  }

  public ChecklistItemEntity forAllUnits(boolean allUnits) {
    this.allUnits = allUnits;
    return this;
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
}
