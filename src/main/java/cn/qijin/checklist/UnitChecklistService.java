package cn.qijin.checklist;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.checklist.internal.ChecklistProgressEntity;
import cn.qijin.checklist.internal.ChecklistProgressRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.ForbiddenException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.kernel.Venue;
import cn.qijin.obligation.Obligation;
import cn.qijin.obligation.ObligationDefinition;
import cn.qijin.obligation.ObligationQueries;
import cn.qijin.obligation.ObligationState;
import cn.qijin.security.CurrentUser;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Assembles a unit's checklist with its progress and, for recurring items, the obligations' states (issue 11). */
@Service
public class UnitChecklistService {

  private static final Set<ObligationState> FULFILLED = Set.of(ObligationState.FULFILLED, ObligationState.FULFILLED_LATE);
  private static final Set<ObligationState> OVERDUE = Set.of(ObligationState.OVERDUE, ObligationState.ESCALATED);

  private final Campaigns campaigns;
  private final Units units;
  private final UnitChecklist checklist;
  private final ChecklistProgressRepository progress;
  private final ObligationQueries obligations;
  private final CurrentUser currentUser;

  public UnitChecklistService(Campaigns campaigns, Units units, UnitChecklist checklist,
      ChecklistProgressRepository progress, ObligationQueries obligations,
      CurrentUser currentUser) {
    this.campaigns = campaigns;
    this.units = units;
    this.checklist = checklist;
    this.progress = progress;
    this.obligations = obligations;
    this.currentUser = currentUser;
  }

  /** Office and leadership group see every unit's checklist, a unit's staff their own. */
  @Transactional(readOnly = true)
  public UnitChecklistView of(Long campaignId, String unitCode) {
    Campaign campaign = campaigns.byId(campaignId);
    String code = unitCode == null ? "" : unitCode.trim().toUpperCase();
    if (!currentUser.isOffice() && !currentUser.isLeadership() && !currentUser.unitCodes().contains(code)) {
      throw new ForbiddenException("只能查看本单位的检查清单");
    }
    Unit unit = units.withCode(code);
    if (campaign.getStatus().hasStarted()
        && !campaign.getParticipantUnitIds().contains(unit.getId())) {
      throw new NotFoundException("单位“" + unit.getName() + "”没有参加活动“" + campaign.getName() + "”");
    }
    UnitChecklist.Carriers carriers = checklist.carriers(campaignId);
    Map<Long, ChecklistProgressEntity> rows = progress.findByCampaignIdAndUnitId(campaignId, unit.getId()).stream()
        .collect(Collectors.toMap(ChecklistProgressEntity::getItemId, Function.identity()));
    List<UnitChecklistView.Item> items = checklist.itemsOf(campaignId, unit).stream()
        .map(item -> carriers.carries(item) ? recurring(item, unit) : task(item, rows.get(item.getId())))
        .toList();
    return new UnitChecklistView(campaignId, unit.getCode(), unit.getName(),
        unit.venues().stream().map(Venue::chineseName).toList(), items);
  }

  private static UnitChecklistView.Item task(ChecklistItem item, ChecklistProgressEntity row) {
    String state = row == null ? "NOT_OPENED" : row.getState().name();
    String stateName = row == null ? "尚未开始" : row.getState().chineseName();
    return new UnitChecklistView.Item(item.getCode(), item.getTitle(), item.getVenue().name(),
        item.getVenue().chineseName(), item.isForAllUnits(), UnitChecklistView.Kind.TASK, state, stateName, null);
  }

  private UnitChecklistView.Item recurring(ChecklistItem item, Unit unit) {
    Set<Long> carrying = obligations.definitionsOf(item.getCampaignId()).stream()
        .filter(d -> d.getVenue() == item.getVenue() && d.getCode().equals(item.getCode()))
        .map(ObligationDefinition::getId).collect(Collectors.toSet());
    Instant now = CampaignClock.now();
    List<UnitChecklistView.Period> periods = obligations
        .obligationsOf(item.getCampaignId(), unit.getId()).stream()
        .filter(o -> carrying.contains(o.getDefinitionId()))
        .map(o -> period(o, now)).toList();
    List<ObligationState> states = periods.stream().map(p -> ObligationState.valueOf(p.state())).toList();
    int fulfilled = (int) states.stream().filter(FULFILLED::contains).count();
    int overdue = (int) states.stream().filter(OVERDUE::contains).count();
    int exempted = (int) states.stream().filter(s -> s == ObligationState.EXEMPTED).count();
    var summary = new UnitChecklistView.Obligations(states.size(), fulfilled,
        states.size() - fulfilled - overdue - exempted, overdue, exempted, periods);
    return new UnitChecklistView.Item(item.getCode(), item.getTitle(), item.getVenue().name(),
        item.getVenue().chineseName(), item.isForAllUnits(), UnitChecklistView.Kind.RECURRING, "RECURRING",
        UnitChecklistView.CARRIED_BY_OBLIGATIONS + "（已履行 " + fulfilled + "，逾期 " + overdue + "，共 " + states.size()
            + " 期）", summary);
  }

  private static UnitChecklistView.Period period(Obligation o, Instant now) {
    ObligationState state = ObligationState.of(o, now, CampaignClock.startOfDay(o.getPeriodStart()).toInstant());
    return new UnitChecklistView.Period(o.getId(), o.getPeriodCode(), o.period().chineseName(),
        LocalDate.ofInstant(o.getDueAt(), CampaignClock.ZONE), state.name(), state.chineseName());
  }
}
