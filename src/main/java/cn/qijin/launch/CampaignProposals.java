package cn.qijin.launch;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignChecklist;
import cn.qijin.campaign.CampaignDraftRules;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignSchedule;
import cn.qijin.campaign.CampaignService;
import cn.qijin.campaign.CampaignView;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Recurrence;
import cn.qijin.kernel.Theme;
import cn.qijin.kernel.Venue;
import cn.qijin.obligation.ObligationPeriod;
import cn.qijin.template.TemplateDocument;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Issue 14 part 3: the proposal the 发起活动 form starts from (a template's, dated from next month, every active unit),
 * a stored proposal as the leadership group reads and the office revises it, and the preview of a proposal with all
 * its faults at once.
 */
@Service
public class CampaignProposals {

  private final CampaignService campaigns;
  private final CampaignChecklist checklist;
  private final CampaignDraftRules rules;
  private final ProposalInput input;
  private final Units units;
  private final String defaultTemplate;

  CampaignProposals(CampaignService campaigns, CampaignChecklist checklist, CampaignDraftRules rules,
      ProposalInput input, Units units, @Value("${qijin.default-template}") String defaultTemplate) {
    this.campaigns = campaigns;
    this.checklist = checklist;
    this.rules = rules;
    this.input = input;
    this.units = units;
    this.defaultTemplate = defaultTemplate;
  }

  /** A new proposal from a template: its name, issuer and checklist, its phases moved to start next month. */
  @Transactional(readOnly = true)
  public ProposalView fresh(String templateCode, Integer version) {
    String code = templateCode == null || templateCode.isBlank() ? defaultTemplate : templateCode.trim();
    TemplateDocument doc = campaigns.templateOf(code, version);
    long months = ChronoUnit.MONTHS.between(YearMonth.from(doc.phase("PH1").start()),
        YearMonth.from(CampaignClock.today()).plusMonths(1));
    List<Unit> active = units.active();
    Map<String, List<ProposalView.Item>> items = new LinkedHashMap<>();
    doc.venues().forEach((venue, list) -> items.put(venue.name(),
        list.stream().map(i -> item(i.code(), i.title(), i.description(), Theme.toCsv(i.themes()), i.allUnits(), doc))
            .toList()));
    CampaignRequest request = new CampaignRequest(doc.code(), doc.version(), doc.name(), doc.issuer(),
        moved(doc.phase("PH1").start(), months), moved(doc.phase("PH1").end(), months),
        moved(doc.phase("PH2").start(), months), moved(doc.phase("PH2").end(), months),
        moved(doc.phase("PH3").start(), months), moved(doc.phase("PH3").end(), months),
        active.stream().map(Unit::getCode).toList(), null);
    return view(null, null, null, doc, request, items, active, preview(request));
  }

  /** A stored proposal (or the campaign it became), with its preview. */
  @Transactional(readOnly = true)
  public ProposalView of(Long campaignId) {
    Campaign c = campaigns.byId(campaignId);
    TemplateDocument doc = campaigns.templateOf(c.getTemplateCode(), c.getTemplateVersion());
    Map<String, List<ProposalView.Item>> items = new LinkedHashMap<>();
    Arrays.stream(Venue.values()).forEach(v -> items.put(v.name(), new ArrayList<>()));
    for (CampaignView.ItemView i : checklist.itemsOf(campaignId)) {
      items.get(i.venue()).add(item(i.code(), i.title(), i.description(), i.themes(), i.allUnits(), doc));
    }
    List<Unit> chosen = units.allById(c.getParticipantUnitIds());
    List<Unit> options = new ArrayList<>(units.active());
    chosen.stream().filter(u -> !u.isActive()).forEach(options::add);
    List<String> codes = (c.getParticipantUnitIds().isEmpty() ? units.active() : ordered(chosen, c.getParticipantUnitIds()))
        .stream().map(Unit::getCode).toList();
    CampaignSchedule s = c.schedule();
    CampaignRequest request = new CampaignRequest(c.getTemplateCode(), c.getTemplateVersion(), c.getName(), c.getIssuer(),
        s.ph1Start(), s.ph1End(), s.ph2Start(), s.ph2End(), s.ph3Start(), s.ph3End(), codes, drafts(items));
    return view(c, c.getStatus().name(), c.getStatus().chineseName(), doc, request, items, options, preview(request));
  }

  /**
   * Every fault of the proposal at once, and, as far as it can be read, its timeline and counts. An unknown template
   * is refused (400): the form offers only stored ones. Not one transaction: each lookup is its own, so one refused
   * does not spoil the others.
   */
  public Preview preview(CampaignRequest request) {
    List<String> problems = new ArrayList<>();
    TemplateDocument doc = campaigns.templateOf(request.templateCode(), request.templateVersion());
    if (request.name() != null && request.name().isBlank()) {
      problems.add("请填写活动名称");
    }
    CampaignSchedule schedule = attempt(problems, () -> new CampaignSchedule(request.ph1Start(),
        request.ph1End(), request.ph2Start(), request.ph2End(), request.ph3Start(), request.ph3End()).validated());
    if (schedule != null && CampaignClock.today().isAfter(schedule.ph3End())) {
      problems.add("巩固提升阶段的结束日期 " + schedule.ph3End() + " 已过，活动不能启动");
    }
    Set<Long> participants = attempt(problems, () -> rules.participants(request.unitCodes()));
    Map<Venue, List<TemplateDocument.Item>> items = attempt(problems,
        () -> rules.checklist(request.checklist(), doc));
    List<Unit> chosen = participants == null ? List.of()
        : participants.isEmpty() ? units.active() : units.allById(participants);
    List<Preview.VenueCount> venues = Arrays.stream(Venue.values()).map(v -> new Preview.VenueCount(v.name(),
        v.chineseName(), (int) chosen.stream().filter(u -> u.serves(v)).count(),
        items == null ? 0 : items.getOrDefault(v, List.of()).size())).toList();
    return new Preview(problems, schedule == null ? List.of() : phases(schedule),
        schedule == null ? List.of() : obligations(doc, schedule), venues, chosen.size(),
        items == null ? 0 : items.values().stream().mapToInt(List::size).sum());
  }

  private static List<Preview.PhaseRow> phases(CampaignSchedule s) {
    return List.of(
        new Preview.PhaseRow("PH1", "部署发动", s.ph1Start(), s.ph1End(), ChronoUnit.DAYS.between(s.ph1Start(), s.ph1End()) + 1),
        new Preview.PhaseRow("PH2", "组织实施", s.ph2Start(), s.ph2End(), ChronoUnit.DAYS.between(s.ph2Start(), s.ph2End()) + 1),
        new Preview.PhaseRow("PH3", "巩固提升", s.ph3Start(), s.ph3End(), ChronoUnit.DAYS.between(s.ph3Start(), s.ph3End()) + 1));
  }

  /** REC-1: each obligation's periods from the start of PH-2 to the end of PH-3, due on the period's last day. */
  private static List<Preview.ObligationRow> obligations(TemplateDocument doc, CampaignSchedule s) {
    if (doc.obligations() == null) {
      return List.of();
    }
    return doc.obligations().stream().map(o -> {
      Recurrence recurrence = Recurrence.of(o.period());
      List<Preview.PeriodDue> periods = ObligationPeriod.between(recurrence, s.ph2Start(), s.ph3End()).stream()
          .map(p -> new Preview.PeriodDue(p.code(), p.chineseName(),
              p.start().isBefore(s.ph2Start()) ? s.ph2Start() : p.start(), p.end()))
          .toList();
      return new Preview.ObligationRow(o.code(), o.title(), o.venue().chineseName(), recurrence.chineseName(), periods);
    }).toList();
  }

  private static ProposalView view(Campaign c, String status, String statusName, TemplateDocument doc,
      CampaignRequest r, Map<String, List<ProposalView.Item>> items, List<Unit> options, Preview preview) {
    return new ProposalView(c == null ? null : c.getId(), status, statusName, doc.code(), doc.version(), doc.name(),
        r.name(), r.issuer(), r.ph1Start(), r.ph1End(), r.ph2Start(), r.ph2End(), r.ph3Start(), r.ph3End(),
        r.unitCodes(), items,
        Arrays.stream(Venue.values()).map(v -> new ProposalView.VenueOption(v.name(), v.chineseName())).toList(),
        options.stream().map(u -> new ProposalView.UnitOption(u.getCode(), u.getName(), u.getVenue().name(),
            u.getVenue().chineseName(), u.venues().stream().map(Venue::chineseName).toList(), u.isActive())).toList(),
        c == null ? null : c.getLaunchOpinion(), c == null ? null : c.getLaunchDecidedBy(),
        c == null ? null : c.getLaunchDecidedAt(), preview);
  }

  private static ProposalView.Item item(String code, String title, String description, String themes, boolean allUnits,
      TemplateDocument doc) {
    String carriedBy = doc.obligations() == null ? null : doc.obligations().stream()
        .filter(o -> o.code().equals(code)).findFirst()
        .map(o -> Recurrence.of(o.period()).chineseName() + "任务（" + o.title() + "）").orElse(null);
    List<String> themeList = themes == null || themes.isBlank() ? List.of() : Arrays.asList(themes.split(","));
    return new ProposalView.Item(code, title, description, themeList, allUnits, carriedBy);
  }

  private static Map<String, List<CampaignRequest.ChecklistItemDraft>> drafts(Map<String, List<ProposalView.Item>> items) {
    return items.entrySet().stream().collect(Collectors.toMap(Map.Entry::getKey, e -> e.getValue().stream()
        .map(i -> new CampaignRequest.ChecklistItemDraft(i.code(), i.title(), i.description(), i.themes(), i.allUnits()))
        .toList(), (a, b) -> a, LinkedHashMap::new));
  }

  private static List<Unit> ordered(List<Unit> found, Set<Long> ids) {
    Map<Long, Unit> byId = found.stream().collect(Collectors.toMap(Unit::getId, u -> u));
    return ids.stream().map(byId::get).filter(java.util.Objects::nonNull).toList();
  }

  /** A month-end stays a month-end (30 June → 31 July), any other day keeps its day of month. */
  private static LocalDate moved(LocalDate day, long months) {
    LocalDate shifted = day.plusMonths(months);
    return day.equals(YearMonth.from(day).atEndOfMonth()) ? YearMonth.from(shifted).atEndOfMonth() : shifted;
  }

  private static <T> T attempt(List<String> problems, Supplier<T> step) {
    try {
      return step.get();
    } catch (InvalidInputException e) {
      if (e.details().isEmpty()) {
        problems.add(e.userMessage());
      } else {
        problems.addAll(e.details());
      }
      return null;
    }
  }
}
