package cn.qijin.obligation.internal;

import cn.qijin.kernel.Recurrence;
import cn.qijin.template.ReminderPolicy;
import cn.qijin.template.TemplateDocument;
import cn.qijin.kernel.Venue;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/**
 * A recurring obligation of a campaign, from its template (REC-1: ENT-5 and ORG-V1, quarterly; COM-2 and PUB-2,
 * monthly; at least once a period), with the template's reminder offsets (REC-2), its own where it has them.
 */
@Entity(name = "ObligationDefinition")
@Table(name = "obligation_definition")
public class ObligationDefinitionEntity {

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
  private String reminderDaysBefore;
  private boolean reminderOnDueDay;
  private int reminderRepeatDays;
  private int reminderHour;

  protected ObligationDefinitionEntity() {}

  public ObligationDefinitionEntity(Long campaignId, String code, Venue venue, String period, int minCount, String title,
      String themes) {
    this.campaignId = campaignId;
    this.code = code;
    this.venue = venue;
    this.period = period;
    this.minCount = minCount;
    this.title = title;
    this.themes = themes;
  }

  public ObligationDefinitionEntity remindedBy(TemplateDocument.Reminders reminders) {
    this.reminderDaysBefore = reminders.daysBefore().stream().map(String::valueOf).collect(Collectors.joining(","));
    this.reminderOnDueDay = reminders.onDueDay();
    this.reminderRepeatDays = reminders.repeatEveryDaysAfter();
    this.reminderHour = reminders.hour();
    return this;
  }

  public Recurrence recurrence() {
    return Recurrence.of(period);
  }

  public ReminderPolicy reminderPolicy() {
    List<Integer> before = reminderDaysBefore == null || reminderDaysBefore.isBlank() ? List.of()
        : Arrays.stream(reminderDaysBefore.split(",")).map(String::trim).map(Integer::valueOf).toList();
    return new ReminderPolicy(before, reminderOnDueDay, reminderRepeatDays, reminderHour);
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
