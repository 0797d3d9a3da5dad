package cn.qijin.obligation;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.security.Roles;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ORG-2, REC-2: the office's review of a unit's submission is due or overdue. The office gets an e-mail
 * (through the outbox, once per reminder day and recipient) and a follow-up mark on 审核季度活动 (审核月度活动) in Tasklist. The unit is not reminded while the office holds its submission.
 */
@Component("reviewReminder")
public class ReviewReminder implements JavaDelegate {

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;
  private final Units units;
  private final UnitTaskReminder reminder;

  public ReviewReminder(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      Units units, UnitTaskReminder reminder) {
    this.obligations = obligations;
    this.definitions = definitions;
    this.units = units;
    this.reminder = reminder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ObligationEntity obligation = obligations.ofProcess(execution.getProcessInstanceId());
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
    reminder.remindGroup(execution, "ReviewSessionTask", Roles.OFFICE, new UnitTaskReminder.Message(
        "REVIEW_REMINDER:" + obligation.getId() + ":" + obligation.getAwaitingReviewSince() + ":"
            + LocalDate.ofInstant(at, CampaignClock.ZONE),
        "REVIEW_REMINDER", obligation.getId(), "【审核提醒】" + what + " 的活动记录待审核",
        "活动办公室：\n\n" + what + " 于 " + LocalDate.ofInstant(obligation.getAwaitingReviewSince(), CampaignClock.ZONE)
            + " 提交的" + activity + "记录尚未审核，" + status + "。审核期间该单位不计逾期、不启动督办。"
            + "\n请登录任务列表，在“审核" + activity + "”中通过或退回。\n\n安全生产宣传教育“七进”活动管理系统",
        "系统提醒：" + status));
  }
}
