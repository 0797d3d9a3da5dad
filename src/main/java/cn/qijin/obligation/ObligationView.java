package cn.qijin.obligation;

import cn.qijin.common.CampaignClock;
import java.time.Instant;
import java.time.LocalDate;

/** One cell of the unit × quarter matrix. */
public record ObligationView(Long id, String obligationCode, String quarter, String quarterName, String state,
    String stateName, int escalationLevel, LocalDate dueDate, LocalDate originalDueDate, boolean extended,
    Instant fulfilledAt, String exemptionReason, String processInstanceId) {

  static ObligationView of(Obligation o, String code, Instant now) {
    ObligationState state = ObligationState.of(o, now, CampaignClock.startOfDay(o.getPeriodStart()).toInstant());
    return new ObligationView(o.getId(), code, o.getQuarterCode(), o.quarter().chineseName(), state.name(),
        state.chineseName(), o.getEscalationLevel(), LocalDate.ofInstant(o.getDueAt(), CampaignClock.ZONE),
        LocalDate.ofInstant(o.getOriginalDueAt(), CampaignClock.ZONE), o.isExtended(), o.getFulfilledAt(),
        o.getExemptionReason(), o.getProcessInstanceId());
  }
}
