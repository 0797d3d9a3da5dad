package cn.qijin.obligation;

import cn.qijin.common.CampaignClock;
import cn.qijin.common.TaskInput;
import java.time.LocalDate;

/** The checks on a reported session: held inside the obligation's quarter, not in the future. */
final class SessionRules {

  private SessionRules() {}

  static SessionRecord read(TaskInput in, Obligation obligation) {
    LocalDate today = CampaignClock.today();
    LocalDate latest = obligation.getPeriodEnd().isBefore(today) ? obligation.getPeriodEnd() : today;
    LocalDate heldOn = in.requiredDate("sessionDate", "活动日期", obligation.getPeriodStart(), latest);
    String type = in.requiredText("sessionType", "活动形式", 100);
    long participants = in.requiredNonNegative("sessionParticipants", "参加人数");
    String cases = in.requiredText("sessionCases", "分析的事故案例或培训内容", 2000);
    String summary = in.requiredText("sessionSummary", "活动情况", 4000);
    return new SessionRecord(heldOn, type, participants, cases, summary);
  }
}
