package cn.qijin.supervision;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.checklist.ChecklistProgress;
import cn.qijin.checklist.UnitChecklist;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.obligation.EscalationRecord;
import cn.qijin.obligation.Obligation;
import cn.qijin.obligation.ObligationDefinition;
import cn.qijin.obligation.ObligationPeriod;
import cn.qijin.obligation.ObligationQueries;
import cn.qijin.obligation.ObligationState;
import cn.qijin.kernel.Quarter;
import cn.qijin.kernel.Recurrence;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import cn.qijin.kernel.Venue;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** ORG-2 汇总: one campaign's quarter, per unit and per venue, ranked, with the unit × quarter matrix. */
@Service
public class QuarterAggregator {

  private static final Comparator<UnitQuarterRow> RANKING = Comparator
      .comparingInt((UnitQuarterRow r) -> r.figures().overdue())
      .thenComparing(r -> -r.figures().fulfilmentRate())
      .thenComparing(r -> -r.figures().checklistRate())
      .thenComparing(r -> -r.figures().evidenceFiles())
      .thenComparing(UnitQuarterRow::unitCode);

  private final Campaigns campaigns;
  private final Units units;
  private final ObligationQueries definitions;
  private final QuarterFacts facts;
  private final UnitChecklist checklist;

  public QuarterAggregator(Campaigns campaigns, Units units,
      ObligationQueries definitions, QuarterFacts facts, UnitChecklist checklist) {
    this.campaigns = campaigns;
    this.units = units;
    this.definitions = definitions;
    this.facts = facts;
    this.checklist = checklist;
  }

  /** The quarters a campaign's supervision covers: those of its obligations, PH-2 start to PH-3 end (REC-1). */
  public static List<Quarter> quartersOf(Campaign campaign) {
    return Quarter.between(campaign.schedule().ph2Start(), campaign.schedule().ph3End());
  }

  /** Parses a quarter code (2026Q4) and checks it belongs to the campaign; a Chinese 400 otherwise. */
  public static Quarter quarterOf(Campaign campaign, String code) {
    if (code == null || !code.trim().matches("\\d{4}Q[1-4]")) {
      throw new InvalidInputException("季度“" + code + "”格式不正确，应为“年份Q季度”，如 2026Q4");
    }
    Quarter quarter = Quarter.parse(code.trim());
    List<Quarter> covered = quartersOf(campaign);
    if (!covered.contains(quarter)) {
      throw new InvalidInputException(quarter.chineseName() + "不在活动“" + campaign.getName() + "”的督导范围内（"
          + covered.get(0).chineseName() + "至" + covered.get(covered.size() - 1).chineseName() + "）");
    }
    return quarter;
  }

  public Campaign campaign(Long campaignId) {
    return campaigns.byId(campaignId);
  }

  @Transactional(readOnly = true)
  public QuarterSummary summarise(Long campaignId, Quarter quarter) {
    Campaign campaign = campaign(campaignId);
    Instant now = CampaignClock.now();
    Instant quarterEnd = CampaignClock.startOfDay(quarter.end().plusDays(1)).toInstant();
    QuarterFacts.Loaded loaded = facts.load(campaignId, quarter);
    Map<Long, Unit> participants = units.allById(campaign.getParticipantUnitIds()).stream()
        .collect(Collectors.toMap(Unit::getId, Function.identity()));

    Map<Venue, List<UnitQuarterRow>> byVenue = new LinkedHashMap<>();
    for (Venue venue : Venue.values()) {
      byVenue.put(venue, new ArrayList<>());
    }
    // a unit serving several venues is ranked in each of them with all its figures (the total sums the venues)
    UnitChecklist.Tasks tasks = checklist.tasks(campaignId);
    for (Unit unit : participants.values()) {
      UnitQuarterRow row = row(unit, loaded, tasks, quarterEnd, now);
      for (Venue venue : unit.venues()) {
        byVenue.get(venue).add(new UnitQuarterRow(row.unitCode(), row.unitName(), venue, 0, row.figures(),
            row.maxEscalationLevel(), row.maxEscalationName()));
      }
    }
    List<VenueQuarterSummary> venues = new ArrayList<>();
    QuarterFigures total = QuarterFigures.ZERO;
    for (Map.Entry<Venue, List<UnitQuarterRow>> e : byVenue.entrySet()) {
      List<UnitQuarterRow> sorted = e.getValue().stream().sorted(RANKING).toList();
      List<UnitQuarterRow> ranked = new ArrayList<>();
      QuarterFigures venueTotal = QuarterFigures.ZERO;
      for (int i = 0; i < sorted.size(); i++) {
        UnitQuarterRow r = sorted.get(i);
        ranked.add(new UnitQuarterRow(r.unitCode(), r.unitName(), r.venue(), i + 1, r.figures(),
            r.maxEscalationLevel(), r.maxEscalationName()));
        venueTotal = venueTotal.plus(r.figures());
      }
      venues.add(new VenueQuarterSummary(e.getKey(), venueTotal, ranked));
      total = total.plus(venueTotal);
    }
    return new QuarterSummary(campaign.getId(), campaign.getName(), campaign.getIssuer(), quarter.code(),
        quarter.chineseName(), quarter.start(), quarter.end(), now, venues, total,
        matrix(campaign, quarter, loaded.allObligations(), participants, now));
  }

  private static UnitQuarterRow row(Unit unit, QuarterFacts.Loaded loaded, UnitChecklist.Tasks tasks,
      Instant quarterEnd, Instant now) {
    // items carried by recurring obligations (ENT-5, ORG-V1) are counted as obligations, not as checklist items
    var checklist = loaded.checklistByUnit().getOrDefault(unit.getId(), List.<ChecklistProgress>of()).stream()
        .filter(tasks::counts).toList();
    int accepted = (int) checklist.stream().filter(p -> QuarterFacts.acceptedBy(p, quarterEnd)).count();
    int onTime = 0, late = 0, overdue = 0, exempted = 0, pending = 0, escalations = 0, maxLevel = 0;
    String maxName = null;
    List<Obligation> obligations = loaded.obligationsByUnit().getOrDefault(unit.getId(), List.of());
    for (Obligation o : obligations) {
      switch (o.getStatus()) {
        case FULFILLED -> onTime++;
        case FULFILLED_LATE -> late++;
        case EXEMPTED -> exempted++;
        case OPEN -> {
          if (o.isBehind(now)) {
            overdue++;
          } else {
            pending++;
          }
        }
      }
      for (EscalationRecord e : loaded.escalationsByObligation().getOrDefault(o.getId(), List.of())) {
        escalations++;
        if (e.getLevel() > maxLevel) {
          maxLevel = e.getLevel();
          maxName = e.getLevelName();
        }
      }
    }
    int files = loaded.evidenceFilesByUnit().getOrDefault(unit.getId(), 0L).intValue();
    QuarterFigures figures = new QuarterFigures(1, checklist.size(), accepted, obligations.size(), onTime, late,
        overdue, exempted, pending, files, escalations);
    return new UnitQuarterRow(unit.getCode(), unit.getName(), unit.getVenue(), 0, figures, maxLevel, maxName);
  }

  private ComplianceMatrix matrix(Campaign campaign, Quarter upTo, List<Obligation> obligations,
      Map<Long, Unit> participants, Instant now) {
    List<ComplianceMatrix.Column> columns = quartersOf(campaign).stream()
        .filter(q -> !q.start().isAfter(upTo.start()))
        .map(q -> new ComplianceMatrix.Column(q.code(), q.chineseName())).toList();
    List<String> codes = columns.stream().map(ComplianceMatrix.Column::code).toList();
    Map<Long, String> definitionCodes = definitions.definitionsOf(campaign.getId()).stream()
        .collect(Collectors.toMap(ObligationDefinition::getId, ObligationDefinition::getCode));
    Map<String, ComplianceMatrix.Row> rows = new LinkedHashMap<>();
    obligations.stream()
        .filter(o -> participants.containsKey(o.getUnitId()) && codes.contains(o.getQuarterCode()))
        .sorted(Comparator.comparing((Obligation o) -> participants.get(o.getUnitId()).getVenue())
            .thenComparing(o -> participants.get(o.getUnitId()).getCode()))
        .forEach(o -> {
          Unit unit = participants.get(o.getUnitId());
          String definitionCode = definitionCodes.get(o.getDefinitionId());
          ObligationState state = ObligationState.of(o, now, CampaignClock.startOfDay(o.getPeriodStart()).toInstant());
          ObligationPeriod period = o.period();
          String cell = period.recurrence() == Recurrence.QUARTER ? state.chineseName()
              : period.shortName() + " " + state.chineseName();
          rows.computeIfAbsent(unit.getCode() + "/" + definitionCode, k -> new ComplianceMatrix.Row(unit.getCode(),
              unit.getName(), unit.getVenue().chineseName(), definitionCode, new LinkedHashMap<>()))
              .cells().merge(o.getQuarterCode(), cell, (months, month) -> months + "；" + month);
        });
    return new ComplianceMatrix(columns, new ArrayList<>(rows.values()));
  }
}
