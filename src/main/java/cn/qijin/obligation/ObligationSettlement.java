package cn.qijin.obligation;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.internal.EscalationRecordRepository;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * REC-1, PH-3: nothing ends early. An obligation is settled when it is fulfilled or exempted, or when it
 * lapsed and its ladder is done (the leadership group's 红色约谈 recorded). The campaign closes only when
 * the final summary is approved and every obligation of every period is settled.
 */
@Component("obligationSettlement")
public class ObligationSettlement {

  /**
   * An obligation still open at closing time, for the final summary forms: its period (2018-12, 2018年12月 for a
   * monthly one) and the quarter containing it.
   */
  public record Open(Long obligationId, String unitCode, String obligationCode, String quarter, String quarterName,
      String state, String stateName, String period, String periodName, String unitName) {}

  private final ObligationRepository obligations;
  private final EscalationRecordRepository escalations;
  private final ObligationDefinitionRepository definitions;
  private final Units units;

  public ObligationSettlement(ObligationRepository obligations, EscalationRecordRepository escalations,
      ObligationDefinitionRepository definitions, Units units) {
    this.obligations = obligations;
    this.escalations = escalations;
    this.definitions = definitions;
    this.units = units;
  }

  @Transactional(readOnly = true)
  public boolean allSettled(Long campaignId) {
    return obligations.findByCampaignIdOrderByUnitIdAscPeriodCodeAsc(campaignId).stream().allMatch(this::settled);
  }

  /** What still keeps the campaign open, in unit and period order. */
  @Transactional(readOnly = true)
  public List<Open> stillOpen(Long campaignId) {
    Map<Long, String> codes = definitions.findByCampaignId(campaignId).stream()
        .collect(Collectors.toMap(ObligationDefinitionEntity::getId, ObligationDefinitionEntity::getCode));
    Map<Long, Unit> unitById = units.all().stream().collect(Collectors.toMap(Unit::getId, u -> u));
    Instant now = CampaignClock.now();
    return obligations.findByCampaignIdOrderByUnitIdAscPeriodCodeAsc(campaignId).stream()
        .filter(o -> !settled(o))
        .map(o -> {
          ObligationState state = ObligationState.of(Obligation.of(o), now,
              CampaignClock.startOfDay(o.getPeriodStart()).toInstant());
          Unit unit = unitById.get(o.getUnitId());
          return new Open(o.getId(), unit.getCode(), codes.get(o.getDefinitionId()), o.getQuarterCode(),
              o.quarter().chineseName(), state.name(), state.chineseName(), o.getPeriodCode(),
              o.period().chineseName(), unit.getName());
        })
        .toList();
  }

  /** The campaign looks again at 01:00 Asia/Shanghai the next day. */
  public Date nextCheckAt() {
    return Date.from(CampaignClock.startOfDay(CampaignClock.today().plusDays(1)).toInstant().plusSeconds(3600));
  }

  private boolean settled(ObligationEntity o) {
    if (o.isClosed()) {
      return true;
    }
    return o.getEscalationLevel() >= 3 && !o.isAwaitingReview() && escalations.findByObligationIdAndLevel(o.getId(), 3)
        .map(e -> e.getOutcomeAt() != null).orElse(false);
  }
}
