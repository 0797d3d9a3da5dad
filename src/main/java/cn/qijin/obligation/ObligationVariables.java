package cn.qijin.obligation;

import cn.qijin.common.CampaignClock;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;

/**
 * The variables that place an obligation's timers: due date, next reminder and the three escalation
 * moments. Computed at the start and again when an extension moves the due date.
 */
final class ObligationVariables {

  private ObligationVariables() {}

  static LocalDate dueDay(Obligation obligation) {
    return LocalDate.ofInstant(obligation.getDueAt(), CampaignClock.ZONE);
  }

  static Map<String, Object> timing(Obligation obligation, ObligationDefinition definition, EscalationPolicy policy) {
    LocalDate dueDay = dueDay(obligation);
    Map<String, Object> vars = new HashMap<>();
    vars.put("dueAt", Date.from(obligation.getDueAt()));
    vars.put("dueDate", dueDay.toString());
    vars.put("nextReminderAt", Date.from(definition.reminderPolicy().nextAfter(dueDay, CampaignClock.now())));
    for (EscalationPolicy.Step step : policy.ladder(definition.getCode())) {
      vars.put("escalation" + step.level() + "At", step.at(dueDay));
      vars.put("escalation" + step.level() + "Name", step.name());
    }
    return vars;
  }
}
