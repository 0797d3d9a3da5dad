package cn.qijin.mobilisation;

import cn.qijin.campaign.CampaignRepository;
import cn.qijin.common.CampaignClock;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-1: records the mobilisation meeting: date inside PH-1, place, attendees, minutes. */
@Component("mobilisationMeetingListener")
public class MobilisationMeetingListener implements TaskListener {

  private final MobilisationMeetingRepository meetings;
  private final CampaignRepository campaigns;

  public MobilisationMeetingListener(MobilisationMeetingRepository meetings, CampaignRepository campaigns) {
    this.meetings = meetings;
    this.campaigns = campaigns;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    var date = in.requiredDate("meetingDate", "会议日期", in.dateVariable("ph1Start"), in.dateVariable("ph1End"));
    String place = in.requiredText("meetingPlace", "会议地点", 200);
    long count = in.requiredNonNegative("meetingAttendeeCount", "参会人数");
    String attendees = in.requiredText("meetingAttendees", "参会单位及人员", 2000);
    String minutes = in.requiredText("meetingMinutes", "会议纪要", 4000);
    meetings.save(new MobilisationMeeting(campaigns.ofProcess(task.getProcessInstanceId()).getId(), date, place, count, attendees, minutes,
        TaskInput.actor(task), CampaignClock.now()));
  }
}
