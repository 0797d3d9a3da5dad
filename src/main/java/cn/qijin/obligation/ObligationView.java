package cn.qijin.obligation;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.internal.ObligationEntity;
import java.time.Instant;
import java.time.LocalDate;

/**
 * One cell of the unit × quarter matrix: one obligation of a quarter, or of a month ({@code period} 2017-07,
 * {@code periodName} 2017年7月; {@code quarter} is then the quarter containing it). {@code dueDate} is the unit's deadline (its due date, moved by an
 * extension or by the grace after a returned submission); {@code reviewDueDate} the office's, while it holds
 * a submission.
 */
public record ObligationView(Long id, String obligationCode, String quarter, String quarterName, String state,
    String stateName, int escalationLevel, LocalDate dueDate, LocalDate originalDueDate, boolean extended,
    Instant fulfilledAt, String exemptionReason, String processInstanceId, LocalDate reviewDueDate, String period,
    String periodName) {

  static ObligationView of(ObligationEntity o, String code, Instant now) {
    ObligationState state = ObligationState.of(Obligation.of(o), now,
        CampaignClock.startOfDay(o.getPeriodStart()).toInstant());
    return new ObligationView(o.getId(), code, o.getQuarterCode(), o.quarter().chineseName(), state.name(),
        state.chineseName(), o.getEscalationLevel(), LocalDate.ofInstant(o.getDeadlineAt(), CampaignClock.ZONE),
        LocalDate.ofInstant(o.getOriginalDueAt(), CampaignClock.ZONE), o.isExtended(), o.getFulfilledAt(),
        o.getExemptionReason(), o.getProcessInstanceId(),
        o.getReviewDueAt() == null ? null : LocalDate.ofInstant(o.getReviewDueAt(), CampaignClock.ZONE),
        o.getPeriodCode(), o.period().chineseName());
  }
}
