package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.SESSION_CASES;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_DATE;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_PARTICIPANTS;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_SUMMARY;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_TYPE;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
import cn.qijin.obligation.internal.ObligationEntity;
import java.time.LocalDate;

/**
 * The checks on a reported session: held inside the obligation's quarter (or the extra time of an
 * approved extension), not in the future.
 */
final class SessionRules {

  private SessionRules() {}

  static LocalDate latestSessionDay(ObligationEntity obligation) {
    LocalDate dueDay = ObligationVariables.dueDay(obligation);
    LocalDate end = dueDay.isAfter(obligation.getPeriodEnd()) ? dueDay : obligation.getPeriodEnd();
    LocalDate today = CampaignClock.today();
    return end.isBefore(today) ? end : today;
  }

  static SessionRecord read(TaskInput in, ObligationEntity obligation) {
    return read(in, obligation.getPeriodStart(), latestSessionDay(obligation));
  }

  /** The session form's values, held between {@code from} and {@code latest} (see {@link #latestSessionDay}). */
  static SessionRecord read(TaskInput in, LocalDate from, LocalDate latest) {
    LocalDate heldOn = in.requiredDate(SESSION_DATE, "活动日期", from, latest);
    String type = in.requiredText(SESSION_TYPE, "活动形式", 100);
    long participants = in.requiredNonNegative(SESSION_PARTICIPANTS, "参加人数");
    String cases = in.requiredText(SESSION_CASES, "分析的事故案例或培训内容", 2000);
    String summary = in.requiredText(SESSION_SUMMARY, "活动情况", 4000);
    return new SessionRecord(heldOn, type, participants, cases, summary);
  }
}
