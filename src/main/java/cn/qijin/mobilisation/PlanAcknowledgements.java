package cn.qijin.mobilisation;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignParticipation;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.LateJoin;
import cn.qijin.campaign.Phase;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.Venue;
import cn.qijin.mobilisation.internal.PlanAcknowledgement;
import cn.qijin.mobilisation.internal.PlanAcknowledgementRepository;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** PH-1: the office sees which units have acknowledged the work plan and which have not (issue 11). */
@Service
public class PlanAcknowledgements {

  private final Campaigns campaigns;
  private final Units units;
  private final PlanAcknowledgementRepository acknowledgements;

  private final CampaignParticipation participation;

  public PlanAcknowledgements(Campaigns campaigns, Units units,
      PlanAcknowledgementRepository acknowledgements, CampaignParticipation participation) {
    this.participation = participation;
    this.campaigns = campaigns;
    this.units = units;
    this.acknowledgements = acknowledgements;
  }

  @Transactional(readOnly = true)
  public AcknowledgementStatus status(Long campaignId) {
    Campaign campaign = campaigns.byId(campaignId);
    LocalDate dueDay = campaign.schedule().ph1End();
    Instant dueAt = CampaignClock.endOfDay(dueDay).toInstant();
    // a unit that joined after PH-1 (issue 14 part 4) had no plan to sign
    Set<Long> joinedLater = participation.lateJoins(campaignId).values().stream()
        .filter(j -> j.joinedPhase() != Phase.PH1).map(LateJoin::unitId).collect(Collectors.toSet());
    Map<Long, Unit> participants = units.allById(campaign.getParticipantUnitIds()).stream()
        .filter(u -> !joinedLater.contains(u.getId()))
        .collect(Collectors.toMap(Unit::getId, Function.identity()));
    Map<Long, PlanAcknowledgement> signed = acknowledgements.findByCampaignIdOrderByAcknowledgedAtAsc(campaignId)
        .stream().collect(Collectors.toMap(PlanAcknowledgement::getUnitId, Function.identity(), (first, again) -> first));
    long daysOverdue = Math.max(0, ChronoUnit.DAYS.between(dueDay, CampaignClock.today()));
    List<AcknowledgementStatus.Signed> done = signed.values().stream().filter(a -> participants.containsKey(a.getUnitId()))
        .map(a -> new AcknowledgementStatus.Signed(participants.get(a.getUnitId()).getCode(),
            participants.get(a.getUnitId()).getName(), a.getSignerName(), a.getAcknowledgedBy(), a.getAcknowledgedAt(),
            a.getAcknowledgedAt().isAfter(dueAt)))
        .toList();
    List<AcknowledgementStatus.Unsigned> missing = participants.values().stream()
        .filter(u -> !signed.containsKey(u.getId()))
        .sorted(Comparator.comparing(Unit::getVenue).thenComparing(Unit::getCode))
        .map(u -> new AcknowledgementStatus.Unsigned(u.getCode(), u.getName(),
            u.venues().stream().map(Venue::chineseName).toList(), dueDay, daysOverdue))
        .toList();
    return new AcknowledgementStatus(campaignId, dueDay, done, missing);
  }
}
