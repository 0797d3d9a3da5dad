package cn.qijin.campaign;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Theme;
import cn.qijin.kernel.Venue;
import cn.qijin.template.TemplateDocument;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Issue 14 part 3: what a campaign proposal may hold beyond its dates — the participating units it names (all
 * registered and active, at least one) and the checklist the office wrote venue by venue (SCH-0): every item with a
 * unique code, a title and a theme, and the items the recurring obligations carry (ENT-5, ORG-V1, COM-2, PUB-2) kept
 * in their venue. Each method refuses with every fault at once, one line each.
 */
@Component
public class CampaignDraftRules {

  private static final Pattern ITEM_CODE = Pattern.compile("[A-Z0-9-]{2,20}");
  private static final int MESSAGE_LINES = 5;

  private final Units units;

  public CampaignDraftRules(Units units) {
    this.units = units;
  }

  /**
   * The units the office chose, by id in its order; empty when it named none at all ({@code null}: every unit active
   * when the campaign starts).
   */
  public Set<Long> participants(List<String> unitCodes) {
    if (unitCodes == null) {
      return Set.of();
    }
    Map<String, Unit> registered = units.all().stream().collect(Collectors.toMap(Unit::getCode, Function.identity()));
    List<String> faults = new ArrayList<>();
    Set<Long> ids = new LinkedHashSet<>();
    for (String raw : unitCodes) {
      String code = raw == null ? "" : raw.trim().toUpperCase();
      Unit unit = registered.get(code);
      if (unit == null) {
        faults.add("未找到单位代码“" + code + "”");
      } else if (!unit.isActive()) {
        faults.add("单位“" + unit.getName() + "”（" + code + "）已停用，不能参加活动");
      } else {
        ids.add(unit.getId());
      }
    }
    refuse("参加单位有误", faults);
    if (ids.isEmpty()) {
      throw new InvalidInputException("请至少选择一个参加单位");
    }
    return ids;
  }

  /** The checklist venue by venue in the plan's order: the office's when it wrote one, else the template's. */
  public Map<Venue, List<TemplateDocument.Item>> checklist(Map<String, List<CampaignRequest.ChecklistItemDraft>> drafts,
      TemplateDocument template) {
    if (drafts == null) {
      return template.venues();
    }
    List<String> faults = new ArrayList<>();
    Map<Venue, List<TemplateDocument.Item>> venues = new EnumMap<>(Venue.class);
    Map<String, Venue> seen = new HashMap<>();
    for (Map.Entry<String, List<CampaignRequest.ChecklistItemDraft>> entry : drafts.entrySet()) {
      Venue venue;
      try {
        venue = Venue.parse(entry.getKey());
      } catch (InvalidInputException e) {
        faults.add(e.userMessage());
        continue;
      }
      List<TemplateDocument.Item> items = venues.computeIfAbsent(venue, v -> new ArrayList<>());
      List<CampaignRequest.ChecklistItemDraft> rows = entry.getValue() == null ? List.of() : entry.getValue();
      for (int i = 0; i < rows.size(); i++) {
        TemplateDocument.Item item = item(rows.get(i), venue.chineseName() + "第 " + (i + 1) + " 项", faults);
        if (item == null) {
          continue;
        }
        Venue earlier = seen.putIfAbsent(item.code(), venue);
        if (earlier != null) {
          faults.add("检查项编号“" + item.code() + "”重复（" + earlier.chineseName()
              + (earlier == venue ? "" : "、" + venue.chineseName()) + "）");
        } else {
          items.add(item);
        }
      }
    }
    keepObligationItems(template, venues, faults);
    refuse("检查清单有误", faults);
    Map<Venue, List<TemplateDocument.Item>> ordered = new LinkedHashMap<>();
    for (Venue venue : Venue.values()) {
      ordered.put(venue, List.copyOf(venues.getOrDefault(venue, List.of())));
    }
    return ordered;
  }

  private static TemplateDocument.Item item(CampaignRequest.ChecklistItemDraft draft, String where, List<String> faults) {
    if (draft == null) {
      faults.add(where + "：内容为空");
      return null;
    }
    String code = draft.code() == null ? "" : draft.code().trim().toUpperCase();
    String title = draft.title() == null ? "" : draft.title().trim();
    int before = faults.size();
    if (code.isEmpty()) {
      faults.add(where + "：请填写检查项编号");
    } else if (!ITEM_CODE.matcher(code).matches()) {
      faults.add(where + "：检查项编号“" + code + "”须为 2–20 位字母、数字或短横线，如 SCH-1");
    }
    if (title.isEmpty()) {
      faults.add(where + "（" + code + "）：请填写检查项名称");
    }
    Set<Theme> themes = Set.of();
    try {
      themes = Theme.parseList(draft.themes() == null ? null : String.join(",", draft.themes()));
    } catch (InvalidInputException e) {
      faults.add(where + "（" + code + "）：" + e.userMessage());
    }
    if (themes.isEmpty() && faults.size() == before) {
      faults.add(where + "（" + code + "）：请至少选择一个宣传主题（T1–T6）");
    }
    if (faults.size() > before) {
      return null;
    }
    String description = draft.description() == null || draft.description().isBlank() ? null : draft.description().trim();
    return new TemplateDocument.Item(code, title, description, themes, Boolean.TRUE.equals(draft.allUnits()));
  }

  /** An item a recurring obligation carries (REC-1) stays in its venue: the obligation's tasks stand for it. */
  private static void keepObligationItems(TemplateDocument template, Map<Venue, List<TemplateDocument.Item>> venues,
      List<String> faults) {
    if (template.obligations() == null) {
      return;
    }
    for (TemplateDocument.Obligation o : template.obligations()) {
      boolean inTemplate = template.venues().getOrDefault(o.venue(), List.of()).stream()
          .anyMatch(i -> i.code().equals(o.code()));
      boolean kept = venues.getOrDefault(o.venue(), List.of()).stream().anyMatch(i -> i.code().equals(o.code()));
      if (inTemplate && !kept) {
        faults.add("检查项 " + o.code() + " 由" + o.venue().chineseName() + "的周期任务承载，不能删除或移到其他场所");
      }
    }
  }

  private static void refuse(String what, List<String> faults) {
    if (faults.isEmpty()) {
      return;
    }
    String shown = faults.stream().limit(MESSAGE_LINES).collect(Collectors.joining("；"));
    throw new InvalidInputException(what + "（" + faults.size() + " 处）：" + shown
        + (faults.size() > MESSAGE_LINES ? "；……" : ""), faults);
  }
}
