package cn.qijin.obligation;

import cn.qijin.obligation.internal.EscalationRecordRepository;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationRepository;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** The obligations, their definitions and escalations, as other modules read them (issue 13 part 1). */
@Service
public class ObligationQueries {

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;
  private final EscalationRecordRepository escalations;

  public ObligationQueries(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      EscalationRecordRepository escalations) {
    this.obligations = obligations;
    this.definitions = definitions;
    this.escalations = escalations;
  }

  /** A campaign's recurring obligation definitions. */
  @Transactional(readOnly = true)
  public List<ObligationDefinition> definitionsOf(Long campaignId) {
    return definitions.findByCampaignId(campaignId).stream().map(ObligationDefinition::of).toList();
  }

  /** A campaign's obligations, by unit and period code. */
  @Transactional(readOnly = true)
  public List<Obligation> obligationsOf(Long campaignId) {
    return obligations.findByCampaignIdOrderByUnitIdAscPeriodCodeAscIdAsc(campaignId).stream().map(Obligation::of)
        .toList();
  }

  /** One unit's obligations in a campaign, by quarter code and id. */
  @Transactional(readOnly = true)
  public List<Obligation> obligationsOf(Long campaignId, Long unitId) {
    return obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaignId, unitId).stream()
        .map(Obligation::of).toList();
  }

  /** The escalation of an obligation to a level of the ladder, if it happened. */
  @Transactional(readOnly = true)
  public Optional<EscalationRecord> escalation(Long obligationId, int level) {
    return escalations.findByObligationIdAndLevel(obligationId, level).map(EscalationRecord::of);
  }

  /** The escalations of a campaign's obligations for one quarter, by level. */
  @Transactional(readOnly = true)
  public List<EscalationRecord> escalationsIn(Long campaignId, String quarterCode) {
    return escalations.inQuarter(campaignId, quarterCode).stream().map(EscalationRecord::of).toList();
  }
}
