package cn.qijin.mobilisation;

import cn.qijin.mobilisation.internal.PlanAcknowledgement;
import cn.qijin.mobilisation.internal.MobilisationMeeting;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.qijin.audit.ProcessStep;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.UnitProcessSubjects;
import cn.qijin.mobilisation.internal.MobilisationMeetingRepository;
import cn.qijin.mobilisation.internal.PlanAcknowledgementRepository;
import cn.qijin.unit.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Issue 13 part 3: PH-1's records (the mobilisation meeting, a unit's 签收) without Spring or an engine. */
class MobilisationRecordsTest {

  static final Instant NOW = Instant.parse("2017-06-05T02:00:00Z");

  MobilisationMeetingRepository meetings = mock(MobilisationMeetingRepository.class);
  PlanAcknowledgementRepository acknowledgements = mock(PlanAcknowledgementRepository.class);
  Campaigns campaigns = mock(Campaigns.class);
  UnitProcessSubjects subjects = mock(UnitProcessSubjects.class);
  MobilisationRecords records = new MobilisationRecords(meetings, acknowledgements, campaigns, subjects);
  Campaign campaign = mock(Campaign.class);

  @BeforeEach
  void world() {
    when(campaign.getId()).thenReturn(1L);
    when(meetings.save(any())).thenAnswer(call -> call.getArgument(0));
    when(acknowledgements.save(any())).thenAnswer(call -> call.getArgument(0));
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void the_meeting_is_kept_with_the_campaign_of_its_process_and_who_recorded_it() {
    when(campaigns.ofProcess("pi-campaign")).thenReturn(campaign);
    MobilisationMeeting meeting = records.recordMeeting("pi-campaign",
        new MobilisationRecords.Meeting(LocalDate.of(2017, 6, 2), "市政府礼堂", 120, "各参加单位", "部署七进活动"),
        new ProcessStep("office", "pi-campaign", "t-1", "召开动员部署会议", 1L, null, null));
    assertThat(meeting.getCampaignId()).isEqualTo(1L);
    assertThat(meeting.getMeetingDate()).isEqualTo(LocalDate.of(2017, 6, 2));
    assertThat(meeting.getAttendeeCount()).isEqualTo(120);
    assertThat(meeting.getRecordedBy()).isEqualTo("office");
    assertThat(meeting.getRecordedAt()).isEqualTo(NOW);
  }

  @Test
  void a_units_acknowledgement_is_kept_for_the_unit_of_its_process() {
    Unit unit = mock(Unit.class);
    when(unit.getId()).thenReturn(11L);
    when(subjects.of("1-11")).thenReturn(new UnitProcessSubjects.Subject(campaign, unit));
    PlanAcknowledgement ack = records.acknowledgePlan("1-11", "张三", null,
        new ProcessStep("unit-staff", "pi-unit", "t-2", "签收工作方案", 1L, 11L, "ENT01"));
    assertThat(ack.getCampaignId()).isEqualTo(1L);
    assertThat(ack.getUnitId()).isEqualTo(11L);
    assertThat(ack.getSignerName()).isEqualTo("张三");
    assertThat(ack.getAcknowledgedBy()).isEqualTo("unit-staff");
    assertThat(ack.getAcknowledgedAt()).isEqualTo(NOW);
  }
}
