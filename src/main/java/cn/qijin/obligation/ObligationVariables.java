package cn.qijin.obligation;

import cn.qijin.campaign.ReviewPolicy;
import cn.qijin.common.CampaignClock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables that place an obligation's timers. The unit's clock (REC-2): its deadline, next reminder
 * and the three escalation moments, computed at the start, when an extension moves the due date and when
 * a returned submission gives the unit its grace. The office's clock (ORG-2): when its review is due and
 * when it is next reminded.
 */
final class ObligationVariables {

  private ObligationVariables() {}

  /** The day of the unit's deadline (its due day, or the last day of the grace after a return). */
  static LocalDate dueDay(Obligation obligation) {
    return LocalDate.ofInstant(obligation.getDeadlineAt(), CampaignClock.ZONE);
  }

  static Map<String, Object> timing(Obligation obligation, ObligationDefinition definition, EscalationPolicy policy) {
    LocalDate dueDay = dueDay(obligation);
    Map<String, Object> vars = new HashMap<>();
    vars.put("dueAt", Date.from(obligation.getDeadlineAt()));
    vars.put("dueDate", dueDay.toString());
    vars.put("nextReminderAt", Date.from(definition.reminderPolicy().nextAfter(dueDay, CampaignClock.now())));
    for (EscalationPolicy.Step step : policy.ladder(definition.getCode())) {
      vars.put("escalation" + step.level() + "At", step.at(dueDay));
      vars.put("escalation" + step.level() + "Name", step.name());
    }
    return vars;
  }

  static Map<String, Object> review(Obligation obligation, ObligationDefinition definition, ReviewPolicy policy) {
    Instant due = obligation.getReviewDueAt();
    LocalDate dueDay = LocalDate.ofInstant(due, CampaignClock.ZONE);
    Map<String, Object> vars = new HashMap<>();
    vars.put("reviewDueAt", Date.from(due));
    vars.put("reviewDueDate", dueDay.toString());
    vars.put("reviewReminderCycle", policy.reminderCycle(dueDay, definition.reminderPolicy().hour()));
    return vars;
  }
}
