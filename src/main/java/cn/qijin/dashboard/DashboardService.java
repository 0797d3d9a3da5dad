package cn.qijin.dashboard;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignSchedule;
import cn.qijin.campaign.CampaignStatus;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.Phase;
import cn.qijin.checklist.ChecklistProgress;
import cn.qijin.checklist.ChecklistQueries;
import cn.qijin.checklist.ProgressState;
import cn.qijin.checklist.UnitChecklist;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.kernel.Quarter;
import cn.qijin.kernel.Venue;
import cn.qijin.mobilisation.PlanAcknowledgements;
import cn.qijin.obligation.EscalationRecord;
import cn.qijin.obligation.ObligationPeriod;
import cn.qijin.obligation.ObligationQueries;
import cn.qijin.obligation.ObligationService;
import cn.qijin.obligation.ObligationState;
import cn.qijin.obligation.ObligationView;
import cn.qijin.security.CurrentUser;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The supervisors' dashboard (七进督导看板) in Cockpit: assembled from the obligation matrix (REC-1, REC-2), the
 * escalation records, the checklist progress (PH-2) and the campaign's phases (PH-1..PH-3), as of the campaign
 * clock. Office and leadership group only.
 */
@Service
public class DashboardService {

  private static final Set<ObligationState> FULFILLED = Set.of(ObligationState.FULFILLED, ObligationState.FULFILLED_LATE);
  private static final Set<ObligationState> BEHIND = Set.of(ObligationState.OVERDUE, ObligationState.ESCALATED);

  private final Campaigns campaigns;
  private final Units units;
  private final UnitChecklist checklist;
  private final ChecklistQueries progress;
  private final ObligationService obligations;
  private final ObligationQueries escalations;
  private final PlanAcknowledgements acknowledgements;
  private final PendingReviews pendingReviews;
  private final CurrentUser currentUser;

  public DashboardService(Campaigns campaigns, Units units, UnitChecklist checklist,
      ChecklistQueries progress, ObligationService obligations, ObligationQueries escalations,
      PlanAcknowledgements acknowledgements, PendingReviews pendingReviews, CurrentUser currentUser) {
    this.currentUser = currentUser;
    this.pendingReviews = pendingReviews;
    this.acknowledgements = acknowledgements;
    this.campaigns = campaigns;
    this.units = units;
    this.checklist = checklist;
    this.progress = progress;
    this.obligations = obligations;
    this.escalations = escalations;
  }

  /** Every campaign, newest first; the running one (the newest if several) is preselected. */
  @Transactional(readOnly = true)
  public List<CampaignOption> campaigns() {
    List<Campaign> all = campaigns.newestFirst();
    Long preselected = preselected(all).map(Campaign::getId).orElse(null);
    return all.stream().map(c -> new CampaignOption(c.getId(), c.getName(), c.getStatus().name(),
        c.getStatus().chineseName(), c.getId().equals(preselected))).toList();
  }

  /**
   * The dashboard of a campaign (by default the preselected one) and quarter (by default the campaign clock's
   * current quarter, kept within the campaign's obligation quarters).
   */
  @Transactional(readOnly = true)
  public Dashboard dashboard(String campaignId, String quarterCode) {
    Campaign campaign = campaign(campaignId);
    LocalDate today = CampaignClock.today();
    CampaignQuarters quarters = new CampaignQuarters(campaign);
    Quarter quarter = quarters.chosen(quarterCode, today);
    ObligationService.Matrix matrix = obligations.matrix(campaign.getId());
    Map<String, Unit> participants = units.allById(campaign.getParticipantUnitIds()).stream()
        .collect(Collectors.toMap(Unit::getCode, Function.identity()));

    return new Dashboard(campaignInfo(campaign), today, quarterInfo(quarter, today),
        quarters.all().stream().map(q -> quarterInfo(q, today)).toList(), phases(campaign.schedule(), today),
        Arrays.stream(CellTone.values()).map(t -> new Dashboard.LegendEntry(t.name(), t.legendLabel())).toList(),
        matrix.rows().stream().map(DashboardService::matrixRow).toList(),
        venues(campaign, quarter, matrix, participants), overdue(matrix, quarter, today),
        !campaign.getStatus().hasStarted() ? List.of() : acknowledgements.status(campaign.getId()).unacknowledged(),
        pendingReviews.of(campaign.getId(), today), currentUser.isOffice());
  }

  private Campaign campaign(String requested) {
    if (requested == null || requested.isBlank()) {
      return preselected(campaigns.newestFirst())
          .orElseThrow(() -> new NotFoundException("尚未创建“七进”活动，暂无督导数据"));
    }
    long id;
    try {
      id = Long.parseLong(requested.trim());
    } catch (NumberFormatException e) {
      throw new InvalidInputException("活动编号应为数字，收到“" + requested.trim() + "”");
    }
    return campaigns.byId(id);
  }

  private static Optional<Campaign> preselected(List<Campaign> newestFirst) {
    return newestFirst.stream().filter(c -> c.getStatus() == CampaignStatus.RUNNING).findFirst()
        .or(() -> newestFirst.stream().findFirst());
  }

  private static Dashboard.CampaignInfo campaignInfo(Campaign c) {
    return new Dashboard.CampaignInfo(c.getId(), c.getName(), c.getIssuer(), c.getStatus().name(),
        c.getStatus().chineseName(), c.getPhase() == null ? null : c.getPhase().name(),
        c.getPhase() == null ? null : c.getPhase().chineseName());
  }

  private static Dashboard.QuarterInfo quarterInfo(Quarter q, LocalDate today) {
    return new Dashboard.QuarterInfo(q.code(), q.chineseName(), q.start(), q.end(), q.equals(Quarter.of(today)));
  }

  private static List<Dashboard.PhaseSpan> phases(CampaignSchedule s, LocalDate today) {
    return List.of(phase(Phase.PH1, s.ph1Start(), s.ph1End(), today), phase(Phase.PH2, s.ph2Start(), s.ph2End(), today),
        phase(Phase.PH3, s.ph3Start(), s.ph3End(), today));
  }

  private static Dashboard.PhaseSpan phase(Phase phase, LocalDate start, LocalDate end, LocalDate today) {
    String code = "PH-" + phase.name().substring(2);
    if (today.isBefore(start)) {
      return new Dashboard.PhaseSpan(code, phase.chineseName(), start, end, "UPCOMING", "未开始");
    }
    if (today.isAfter(end)) {
      return new Dashboard.PhaseSpan(code, phase.chineseName(), start, end, "DONE", "已结束");
    }
    return new Dashboard.PhaseSpan(code, phase.chineseName(), start, end, "CURRENT", "进行中");
  }

  private static Dashboard.MatrixRow matrixRow(ObligationService.MatrixRow row) {
    Map<String, Dashboard.Cell> cells = new LinkedHashMap<>();
    row.quarters().forEach((quarter, v) -> cells.put(quarter, cell(v)));
    Map<String, List<Dashboard.Cell>> months = new LinkedHashMap<>();
    row.months().forEach((quarter, list) -> months.put(quarter, list.stream().map(DashboardService::cell).toList()));
    return new Dashboard.MatrixRow(row.unitCode(), row.unitName(), row.venueName(), row.obligationCode(), cells,
        row.recurrence(), row.recurrenceName(), months);
  }

  private static Dashboard.Cell cell(ObligationView v) {
    return new Dashboard.Cell(v.id(), v.state(), v.stateName(), CellTone.of(ObligationState.valueOf(v.state())).name(),
        v.escalationLevel(), v.dueDate(), v.extended(), v.processInstanceId(), v.period(), v.periodName(),
        ObligationPeriod.parse(v.period()).shortName());
  }

  /**
   * Per venue, the units serving it with all their figures: a unit serving several venues (issue 11) counts under
   * each of them. Checklist figures leave out the items that recurring obligations carry (ENT-5, ORG-V1).
   */
  private List<Dashboard.VenueProgress> venues(Campaign campaign, Quarter quarter, ObligationService.Matrix matrix,
      Map<String, Unit> participants) {
    Map<Venue, List<Unit>> unitsByVenue = new EnumMap<>(Venue.class);
    participants.values().forEach(u -> u.venues()
        .forEach(venue -> unitsByVenue.computeIfAbsent(venue, v -> new ArrayList<>()).add(u)));
    UnitChecklist.Tasks tasks = checklist.tasks(campaign.getId());
    Instant quarterOver = CampaignClock.startOfDay(quarter.end().plusDays(1)).toInstant();
    Map<Long, Long> acceptedByUnit = progress.progressIn(campaign.getId(), ProgressState.ACCEPTED)
        .stream().filter(p -> p.getReviewedAt() != null && p.getReviewedAt().isBefore(quarterOver))
        .filter(tasks::counts)
        .collect(Collectors.groupingBy(ChecklistProgress::getUnitId, Collectors.counting()));
    Map<Venue, List<ObligationState>> quarterStates = new EnumMap<>(Venue.class);
    for (ObligationService.MatrixRow row : matrix.rows()) {
      Unit unit = participants.get(row.unitCode());
      for (ObligationView cell : unit == null ? List.<ObligationView>of() : row.inQuarter(quarter.code())) {
        unit.venues().forEach(venue -> quarterStates.computeIfAbsent(venue, v -> new ArrayList<>())
            .add(ObligationState.valueOf(cell.state())));
      }
    }

    List<Dashboard.VenueProgress> venues = new ArrayList<>();
    unitsByVenue.forEach((venue, venueUnits) -> {
      int total = venueUnits.stream().mapToInt(u -> tasks.of(u).size()).sum();
      int accepted = venueUnits.stream().mapToInt(u -> acceptedByUnit.getOrDefault(u.getId(), 0L).intValue()).sum();
      List<ObligationState> states = quarterStates.getOrDefault(venue, List.of());
      int exempted = (int) states.stream().filter(s -> s == ObligationState.EXEMPTED).count();
      int fulfilled = (int) states.stream().filter(FULFILLED::contains).count();
      venues.add(new Dashboard.VenueProgress(venue.name(), venue.chineseName(), venueUnits.size(), accepted, total,
          fulfilled, states.size() - exempted, exempted));
    });
    return venues;
  }

  private List<Dashboard.OverdueUnit> overdue(ObligationService.Matrix matrix, Quarter quarter, LocalDate today) {
    List<Dashboard.OverdueUnit> overdue = new ArrayList<>();
    for (ObligationService.MatrixRow row : matrix.rows()) {
      for (ObligationView cell : row.cells()) {
        // 2017Q4 < 2018Q1: the codes sort as quarters; a month counts in the quarter containing it
        boolean upToChosen = cell.quarter().compareTo(quarter.code()) <= 0;
        if (upToChosen && BEHIND.contains(ObligationState.valueOf(cell.state()))) {
          overdue.add(overdueUnit(row, cell, today));
        }
      }
    }
    overdue.sort(Comparator.comparingLong(Dashboard.OverdueUnit::daysOverdue).reversed()
        .thenComparing(Dashboard.OverdueUnit::unitCode).thenComparing(Dashboard.OverdueUnit::period));
    return overdue;
  }

  private Dashboard.OverdueUnit overdueUnit(ObligationService.MatrixRow row, ObligationView cell, LocalDate today) {
    int level = cell.escalationLevel();
    String levelName = level == 0 ? null : escalations.escalation(cell.id(), level)
        .map(EscalationRecord::getLevelName).orElse(null);
    return new Dashboard.OverdueUnit(cell.id(), row.unitCode(), row.unitName(), row.venueName(), row.obligationCode(),
        cell.quarter(), cell.quarterName(), cell.dueDate(), ChronoUnit.DAYS.between(cell.dueDate(), today), level,
        levelName, escalationAction(level), cell.processInstanceId(), cell.period(), cell.periodName());
  }

  /** Who acts at each level of the ladder (see ObligationLadder and bpmn/obligation-escalation.dmn). */
  private static String escalationAction(int level) {
    return switch (level) {
      case 0 -> "尚未启动督办";
      case 1 -> "已提醒单位";
      case 2 -> "办公室督办";
      default -> "领导小组约谈";
    };
  }
}
