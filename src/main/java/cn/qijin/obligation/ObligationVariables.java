package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.DUE_DATE;
import static cn.qijin.kernel.process.ProcessVariables.ESCALATION_AT;
import static cn.qijin.kernel.process.ProcessVariables.ESCALATION_NAMES;
import static cn.qijin.kernel.process.ProcessVariables.NEXT_REMINDER_AT;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_DUE_DATE;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_REMINDER_CYCLE;

import cn.qijin.campaign.ReviewPolicy;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationEntity;
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
  static LocalDate dueDay(ObligationEntity obligation) {
    return LocalDate.ofInstant(obligation.getDeadlineAt(), CampaignClock.ZONE);
  }

  static Map<String, Object> timing(ObligationEntity obligation, ObligationDefinitionEntity definition, EscalationPolicy policy) {
    LocalDate dueDay = dueDay(obligation);
    Map<String, Object> vars = new HashMap<>();
    DUE_AT.put(vars, Date.from(obligation.getDeadlineAt()));
    DUE_DATE.put(vars, dueDay.toString());
    NEXT_REMINDER_AT.put(vars, Date.from(definition.reminderPolicy().nextAfter(dueDay, CampaignClock.now())));
    for (EscalationPolicy.Step step : policy.ladder(definition.getCode())) {
      ESCALATION_AT.get(step.level() - 1).put(vars, step.at(dueDay));
      ESCALATION_NAMES.get(step.level() - 1).put(vars, step.name());
    }
    return vars;
  }

  static Map<String, Object> review(ObligationEntity obligation, ObligationDefinitionEntity definition, ReviewPolicy policy) {
    Instant due = obligation.getReviewDueAt();
    LocalDate dueDay = LocalDate.ofInstant(due, CampaignClock.ZONE);
    Map<String, Object> vars = new HashMap<>();
    REVIEW_DUE_AT.put(vars, Date.from(due));
    REVIEW_DUE_DATE.put(vars, dueDay.toString());
    REVIEW_REMINDER_CYCLE.put(vars, policy.reminderCycle(dueDay, definition.reminderPolicy().hour()));
    return vars;
  }
}
