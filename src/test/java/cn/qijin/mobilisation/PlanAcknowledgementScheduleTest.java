package cn.qijin.mobilisation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignSchedule;
import cn.qijin.campaign.UnitProcessSubjects;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.template.CampaignTemplate;
import cn.qijin.template.CampaignTemplates;
import cn.qijin.template.ReminderPolicy;
import cn.qijin.template.TemplateDocument;
import cn.qijin.template.TemplateParser;
import cn.qijin.unit.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** Issue 13 part 3: when a unit is reminded to sign the work plan (PH-1, REC-2), without Spring or an engine. */
class PlanAcknowledgementScheduleTest {

  static final String KEY = "1-ENT01";
  static final LocalDate PH1_END = LocalDate.of(2017, 6, 30);
  static final LocalDate PH3_END = LocalDate.of(2017, 12, 31);

  UnitProcessSubjects subjects = mock(UnitProcessSubjects.class);
  CampaignTemplates templates = mock(CampaignTemplates.class);
  TemplateParser parser = mock(TemplateParser.class);
  PlanAcknowledgementSchedule schedule = new PlanAcknowledgementSchedule(subjects, templates, parser,
      cn.qijin.support.TestOrganisation.unrecorded());
  Campaign campaign = mock(Campaign.class);
  ReminderPolicy policy = ReminderPolicy.of(TemplateDocument.Reminders.DEFAULT);

  @BeforeEach
  void world() {
    Unit unit = mock(Unit.class);
    when(unit.getName()).thenReturn("某厂");
    when(unit.getId()).thenReturn(11L);
    when(campaign.getId()).thenReturn(1L);
    when(campaign.getName()).thenReturn("2017年“七进”活动");
    when(campaign.getTemplateCode()).thenReturn("qijin");
    when(campaign.getTemplateVersion()).thenReturn(2);
    when(campaign.schedule()).thenReturn(new CampaignSchedule(LocalDate.of(2017, 6, 1), PH1_END,
        LocalDate.of(2017, 7, 1), LocalDate.of(2017, 9, 30), LocalDate.of(2017, 10, 1), PH3_END));
    when(subjects.of(KEY)).thenReturn(new UnitProcessSubjects.Subject(campaign, unit));
    CampaignTemplate template = mock(CampaignTemplate.class);
    when(template.getSource()).thenReturn("source");
    when(templates.find("qijin", 2)).thenReturn(Optional.of(template));
    TemplateDocument document = mock(TemplateDocument.class);
    when(document.remindersOrDefault()).thenReturn(TemplateDocument.Reminders.DEFAULT);
    when(parser.parse("source")).thenReturn(document);
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2017-06-01T02:00:00Z")));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("REC-2: the first reminder follows the template's policy towards the end of PH-1")
  void the_first_reminder_follows_the_template() {
    assertThat(schedule.firstReminderAt(KEY))
        .isEqualTo(policy.nextAfter(PH1_END, Instant.parse("2017-06-01T02:00:00Z")));
  }

  @Test
  @DisplayName("REC-2: a reminder tells the unit how the acknowledgement stands and places the next one")
  void a_reminder_names_the_unit_the_status_and_the_next_moment() {
    Instant at = Instant.parse("2017-06-27T01:00:00Z");
    PlanAcknowledgementSchedule.Reminder reminder = schedule.reminderAt(KEY, at);
    UnitTaskReminder.Message message = reminder.message();
    String status = ReminderPolicy.status(LocalDate.of(2017, 6, 27), PH1_END);
    assertThat(message.key()).isEqualTo("ACK_REMINDER:1:11:" + at);
    assertThat(message.subject()).isEqualTo("【签收提醒】某厂 签收工作方案");
    assertThat(message.body()).startsWith("某厂：\n\n“2017年“七进”活动”工作方案的签收" + status);
    assertThat(message.comment()).isEqualTo("系统提醒：签收工作方案" + status);
    assertThat(reminder.nextAt()).isEqualTo(policy.nextAfter(PH1_END, at));
    assertThat(reminder.over()).isFalse();
  }

  @Test
  @DisplayName("REC-2: no reminder is placed after the end of PH-3")
  void reminders_are_over_after_ph3() {
    PlanAcknowledgementSchedule.Reminder reminder = schedule.reminderAt(KEY, Instant.parse("2017-12-30T01:00:00Z"));
    assertThat(reminder.over()).isEqualTo(reminder.nextAt().isAfter(Instant.parse("2017-12-31T15:59:59Z")));
    assertThat(reminder.over()).isTrue();
  }

  @Test
  void a_campaign_whose_template_is_gone_fails_loudly() {
    when(templates.find(any(), anyInt())).thenReturn(Optional.empty());
    assertThatThrownBy(() -> schedule.firstReminderAt(KEY)).hasMessageContaining("Template qijin v2 of campaign 1 not found");
  }
}
