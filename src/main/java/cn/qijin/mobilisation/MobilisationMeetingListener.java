package cn.qijin.mobilisation;

import static cn.qijin.kernel.process.ProcessVariables.MEETING_ATTENDEES;
import static cn.qijin.kernel.process.ProcessVariables.MEETING_ATTENDEE_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.MEETING_DATE;
import static cn.qijin.kernel.process.ProcessVariables.MEETING_MINUTES;
import static cn.qijin.kernel.process.ProcessVariables.MEETING_PLACE;
import static cn.qijin.kernel.process.ProcessVariables.PH1_END;
import static cn.qijin.kernel.process.ProcessVariables.PH1_START;

import cn.qijin.common.TaskInput;
import cn.qijin.audit.ProcessStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-1: records the mobilisation meeting: date inside PH-1, place, attendees, minutes. */
@Component("mobilisationMeetingListener")
public class MobilisationMeetingListener implements TaskListener {

  private final MobilisationRecords records;

  public MobilisationMeetingListener(MobilisationRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    var date = in.requiredDate(MEETING_DATE, "会议日期", in.dateVariable(PH1_START), in.dateVariable(PH1_END));
    String place = in.requiredText(MEETING_PLACE, "会议地点", 200);
    long count = in.requiredNonNegative(MEETING_ATTENDEE_COUNT, "参会人数");
    String attendees = in.requiredText(MEETING_ATTENDEES, "参会单位及人员", 2000);
    String minutes = in.requiredText(MEETING_MINUTES, "会议纪要", 4000);
    records.recordMeeting(task.getProcessInstanceId(),
        new MobilisationRecords.Meeting(date, place, count, attendees, minutes), ProcessStep.ofTask(task));
  }
}
