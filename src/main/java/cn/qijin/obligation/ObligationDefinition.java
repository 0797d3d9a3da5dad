package cn.qijin.obligation;

import cn.qijin.venue.Venue;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A recurring obligation of a campaign, from its template (REC-1: ENT-5 and ORG-V1, quarterly, at
 * least once). The quarterly obligation process that schedules and escalates them is a later issue.
 */
@Entity
@Table(name = "obligation_definition")
public class ObligationDefinition {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Long campaignId;
  private String code;

  @Enumerated(EnumType.STRING)
  private Venue venue;

  private String period;
  private int minCount;
  private String title;
  private String themes;

  protected ObligationDefinition() {}

  public ObligationDefinition(Long campaignId, String code, Venue venue, String period, int minCount, String title,
      String themes) {
    this.campaignId = campaignId;
    this.code = code;
    this.venue = venue;
    this.period = period;
    this.minCount = minCount;
    this.title = title;
    this.themes = themes;
  }

  public Long getId() { return id; }
  public Long getCampaignId() { return campaignId; }
  public String getCode() { return code; }
  public Venue getVenue() { return venue; }
  public String getPeriod() { return period; }
  public int getMinCount() { return minCount; }
  public String getTitle() { return title; }
  public String getThemes() { return themes; }
}
