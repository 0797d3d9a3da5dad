package cn.qijin.obligation;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.CampaignSchedule;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * REC-1, COM-2, PUB-2: for an obligated unit, one obligation per recurring definition of a venue it serves and per
 * period of the definition (quarter or month) from the start of PH-2 to the end of PH-3, due at the end of the
 * period's last day (Shanghai).
 */
@Component("obligationPlanner")
public class ObligationPlanner {

  private final Campaigns campaigns;
  private final Units units;
  private final ObligationDefinitionRepository definitions;
  private final ObligationRepository obligations;

  public ObligationPlanner(Campaigns campaigns, Units units,
      ObligationDefinitionRepository definitions, ObligationRepository obligations) {
    this.campaigns = campaigns;
    this.units = units;
    this.definitions = definitions;
    this.obligations = obligations;
  }

  /** e.g. "campaign-3-ENT01-ENT-5-2017Q3", "campaign-3-COM01-COM-2-2017-07": unit processes are "campaign-3-ENT01". */
  public String businessKey(Long obligationId) {
    ObligationEntity o = obligations.findById(obligationId).orElseThrow();
    return "campaign-" + o.getCampaignId() + "-" + units.find(o.getUnitId()).orElseThrow().getCode() + "-"
        + definitions.findById(o.getDefinitionId()).orElseThrow().getCode() + "-" + o.getPeriodCode();
  }

  /** The unit's obligations in this campaign, by quarter. */
  public List<Long> idsFor(Long campaignId, Long unitId) {
    return obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaignId, unitId).stream()
        .map(ObligationEntity::getId).toList();
  }

  /** Creates the unit's obligations (once) and returns their ids, by definition and period. */
  public List<Long> planFor(Long campaignId, Long unitId) {
    return planFor(campaignId, unitId, null);
  }

  /**
   * As {@link #planFor(Long, Long)} for a unit that joined the running campaign on {@code joinedOn} (ISO date; null
   * or empty at the rollout): its obligations start with that day's period — none for periods already past (issue 14
   * part 4).
   */
  public List<Long> planFor(Long campaignId, Long unitId, String joinedOn) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow();
    Unit unit = units.find(unitId).orElseThrow();
    CampaignSchedule schedule = campaign.schedule();
    LocalDate joined = joinedOn == null || joinedOn.isBlank() ? null : LocalDate.parse(joinedOn);
    LocalDate first = joined == null || joined.isBefore(schedule.ph2Start()) ? schedule.ph2Start() : joined;
    List<Long> ids = new ArrayList<>();
    for (ObligationDefinitionEntity definition : owedBy(campaignId, unit)) {
      for (ObligationPeriod period : ObligationPeriod.between(definition.recurrence(), first, schedule.ph3End())) {
        LocalDate from = period.start().isBefore(first) ? first : period.start();
        ObligationEntity obligation = obligations
            .findByDefinitionIdAndUnitIdAndPeriodCode(definition.getId(), unitId, period.code())
            .orElseGet(() -> obligations.save(new ObligationEntity(campaignId, definition.getId(), unitId, period, from,
                CampaignClock.endOfDay(period.end()).toInstant())));
        ids.add(obligation.getId());
      }
    }
    return ids;
  }

  /** The recurring obligations a unit owes: those of every venue it serves (a multi-venue unit owes each). */
  private List<ObligationDefinitionEntity> owedBy(Long campaignId, Unit unit) {
    return definitions.findByCampaignId(campaignId).stream().filter(d -> unit.serves(d.getVenue())).toList();
  }
}
