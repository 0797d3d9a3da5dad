package cn.qijin.checklist;

import cn.qijin.checklist.internal.ChecklistItemRepository;
import cn.qijin.kernel.Venue;
import cn.qijin.obligation.ObligationQueries;
import cn.qijin.unit.Unit;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Which checklist items a unit carries in a campaign, and how (issue 11; ENT-5, ORG-V1, FAM-1, ORG-3).
 * <ul>
 *   <li>The unit's checklist is the union of its venues' items and the items for every unit (FAM-1), each once,
 *       in the template's order.</li>
 *   <li>An item whose code and venue the template also lists under {@code obligations} is carried by those
 *       recurring obligations (one obligation, one task): it gets no 落实检查项 task of its own, is never
 *       counted as an unaccepted checklist item and never becomes a PH-3 problem for want of one.</li>
 * </ul>
 */
@Component
public class UnitChecklist {

  private final ChecklistItemRepository items;
  private final ObligationQueries obligations;

  public UnitChecklist(ChecklistItemRepository items, ObligationQueries obligations) {
    this.items = items;
    this.obligations = obligations;
  }

  /** Every item of the unit's checklist, recurring ones included. */
  public List<ChecklistItem> itemsOf(Long campaignId, Unit unit) {
    return items.findByCampaignIdOrderByPositionAsc(campaignId).stream().map(ChecklistItem::of)
        .filter(item -> item.isForAllUnits() || unit.serves(item.getVenue())).toList();
  }

  /** The items the unit carries out as checklist tasks (落实检查项 → 审核落实情况). */
  public List<ChecklistItem> taskItemsOf(Long campaignId, Unit unit) {
    return tasks(campaignId).of(unit);
  }

  /** The campaign's checklist loaded once, for counting many units' checklist tasks (dashboard, supervision). */
  public Tasks tasks(Long campaignId) {
    Carriers carriers = carriers(campaignId);
    return new Tasks(items.findByCampaignIdOrderByPositionAsc(campaignId).stream().map(ChecklistItem::of)
        .filter(item -> !carriers.carries(item)).toList());
  }

  /** A campaign's checklist items that are done as tasks, i.e. without the recurring ones. */
  public record Tasks(List<ChecklistItem> items) {

    public List<ChecklistItem> of(Unit unit) {
      return items.stream().filter(item -> item.isForAllUnits() || unit.serves(item.getVenue())).toList();
    }

    /** Whether a progress row counts as a checklist item: rows of recurring items do not. */
    public boolean counts(ChecklistProgress row) {
      return items.stream().anyMatch(item -> item.getId().equals(row.getItemId()));
    }
  }

  /** The campaign's recurring obligations, to tell which items they carry. */
  public Carriers carriers(Long campaignId) {
    return new Carriers(obligations.definitionsOf(campaignId).stream()
        .map(d -> key(d.getVenue().name(), d.getCode())).collect(Collectors.toSet()));
  }

  /** The (venue, code) pairs of a campaign's recurring obligations. */
  public record Carriers(Set<String> venueAndCode) {

    public boolean carries(ChecklistItem item) {
      return carries(item.getVenue(), item.getCode());
    }

    public boolean carries(Venue venue, String code) {
      return venueAndCode.contains(key(venue.name(), code));
    }
  }

  private static String key(String venue, String code) {
    return venue + "/" + code;
  }
}
