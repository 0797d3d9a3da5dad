package cn.qijin.mobilisation;

import cn.qijin.mobilisation.internal.PlanAcknowledgement;
import cn.qijin.mobilisation.internal.MobilisationMeeting;
import cn.qijin.audit.ProcessStep;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.UnitProcessSubjects;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.mobilisation.internal.MobilisationMeetingRepository;
import cn.qijin.mobilisation.internal.PlanAcknowledgementRepository;
import java.time.LocalDate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * PH-1's records: the campaign's mobilisation meeting (动员部署会议), kept with the campaign process, and each unit's
 * acknowledgement of the work plan (签收), kept with the unit's process (identified by its business key).
 */
@Service
@Transactional
public class MobilisationRecords {

  private final MobilisationMeetingRepository meetings;
  private final PlanAcknowledgementRepository acknowledgements;
  private final Campaigns campaigns;
  private final UnitProcessSubjects subjects;

  public MobilisationRecords(MobilisationMeetingRepository meetings, PlanAcknowledgementRepository acknowledgements,
      Campaigns campaigns, UnitProcessSubjects subjects) {
    this.meetings = meetings;
    this.acknowledgements = acknowledgements;
    this.campaigns = campaigns;
    this.subjects = subjects;
  }

  /** The meeting as the office recorded it on its form. */
  public record Meeting(LocalDate date, String place, long attendeeCount, String attendees, String minutes) {}

  /** PH-1: the mobilisation meeting of the campaign run by this process, with who recorded it and when. */
  public MobilisationMeeting recordMeeting(String campaignProcessInstanceId, Meeting meeting, ProcessStep step) {
    return meetings.save(new MobilisationMeeting(campaigns.ofProcess(campaignProcessInstanceId).getId(),
        meeting.date(), meeting.place(), meeting.attendeeCount(), meeting.attendees(), meeting.minutes(),
        step.actorOrSystem(), CampaignClock.now()));
  }

  /** PH-1: the unit of this unit process acknowledges receipt of the work plan. */
  public PlanAcknowledgement acknowledgePlan(String unitProcessBusinessKey, String signerName, String remarks,
      ProcessStep step) {
    var subject = subjects.of(unitProcessBusinessKey);
    return acknowledgements.save(new PlanAcknowledgement(subject.campaign().getId(), subject.unit().getId(),
        signerName, remarks, step.actorOrSystem(), CampaignClock.now()));
  }
}
