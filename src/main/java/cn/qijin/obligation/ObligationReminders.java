package cn.qijin.obligation;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.organisation.Organisation;
import cn.qijin.template.ReminderPolicy;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What an obligation's reminders say and when the next one is due: the unit's (REC-2) while it owes a session,
 * the office's (ORG-2) while it holds one for review. The delegates send them through {@link UnitTaskReminder}.
 */
@Service
@Transactional(readOnly = true)
public class ObligationReminders {

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;
  private final Units units;
  private final Organisation organisation;

  public ObligationReminders(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      Units units, Organisation organisation) {
    this.organisation = organisation;
    this.obligations = obligations;
    this.definitions = definitions;
    this.units = units;
  }

  /** A reminder to the unit: the message, how the obligation stands, and when the next reminder is due. */
  public record UnitReminder(Unit unit, UnitTaskReminder.Message message, String status, Instant nextAt) {}

  /**
   * REC-2: the unit's reminder due {@code at} (once per reminder and recipient), and the next one. None once the
   * ladder has reached 红色约谈: the leadership group follows up, no more mail (the model's 继续提醒？ gateway then
   * ends the reminders).
   */
  public Optional<UnitReminder> unitReminder(String processInstanceId, Instant at) {
    ObligationEntity obligation = obligations.ofProcess(processInstanceId);
    if (obligation.getEscalationLevel() >= ObligationLadder.TALK_LEVEL) {
      return Optional.empty();
    }
    ObligationDefinitionEntity definition = definitions.findById(obligation.getDefinitionId()).orElseThrow();
    LocalDate dueDay = ObligationVariables.dueDay(obligation);
    String status = ReminderPolicy.status(LocalDate.ofInstant(at, CampaignClock.ZONE), dueDay);
    Unit unit = units.find(obligation.getUnitId()).orElseThrow();
    ObligationPeriod period = obligation.period();
    String kind = period.taskKind();
    String what = definition.getCode() + " " + period.chineseName() + "：" + definition.getTitle();
    UnitTaskReminder.Message message = new UnitTaskReminder.Message(
        "REMINDER:" + obligation.getId() + ":" + at, "REMINDER", obligation.getId(),
        "【" + kind + "提醒】" + unit.getName() + " " + definition.getCode() + " " + period.chineseName(),
        unit.getName() + "：\n\n您单位的" + kind + "“" + what + "”" + status + "。\n请登录任务列表，在“" + kind + "”中记录"
            + period.chineseName() + "开展的活动。\n\n" + organisation.signature(),
        "系统提醒：本" + kind + status);
    return Optional.of(new UnitReminder(unit, message, status, definition.reminderPolicy().nextAfter(dueDay, at)));
  }

  /**
   * ORG-2, REC-2: the office's review of the unit's submission is due or overdue: the reminder to the office, once
   * per reminder day and recipient. The unit is not reminded while the office holds its submission.
   */
  public UnitTaskReminder.Message officeReminder(String processInstanceId) {
    ObligationEntity obligation = obligations.ofProcess(processInstanceId);
    ObligationDefinitionEntity definition = definitions.findById(obligation.getDefinitionId()).orElseThrow();
    Instant at = CampaignClock.now();
    LocalDate reviewDueDay = LocalDate.ofInstant(obligation.getReviewDueAt(), CampaignClock.ZONE);
    long daysLate = ChronoUnit.DAYS.between(reviewDueDay, LocalDate.ofInstant(at, CampaignClock.ZONE));
    String status = daysLate <= 0 ? "今天是审核期限（" + reviewDueDay + "）"
        : "已超过审核期限 " + daysLate + " 天（期限 " + reviewDueDay + "）";
    Unit unit = units.find(obligation.getUnitId()).orElseThrow();
    ObligationPeriod period = obligation.period();
    String activity = period.recurrence().chineseName() + "活动";
    String what = unit.getName() + " " + definition.getCode() + " " + period.chineseName();
    return new UnitTaskReminder.Message(
        "REVIEW_REMINDER:" + obligation.getId() + ":" + obligation.getAwaitingReviewSince() + ":"
            + LocalDate.ofInstant(at, CampaignClock.ZONE),
        "REVIEW_REMINDER", obligation.getId(), "【审核提醒】" + what + " 的活动记录待审核",
        "活动办公室：\n\n" + what + " 于 " + LocalDate.ofInstant(obligation.getAwaitingReviewSince(), CampaignClock.ZONE)
            + " 提交的" + activity + "记录尚未审核，" + status + "。审核期间该单位不计逾期、不启动督办。"
            + "\n请登录任务列表，在“审核" + activity + "”中通过或退回。\n\n安全生产宣传教育“七进”活动管理系统",
        "系统提醒：" + status);
  }
}
