package cn.qijin.checklist;

import cn.qijin.checklist.internal.ChecklistItemRepository;
import cn.qijin.checklist.internal.ChecklistProgressRepository;
import java.util.List;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A campaign's checklist items and the units' progress on them, as other modules read them (issue 13 part 1). */
@Service
public class ChecklistQueries {

  private final ChecklistItemRepository items;
  private final ChecklistProgressRepository progress;

  public ChecklistQueries(ChecklistItemRepository items, ChecklistProgressRepository progress) {
    this.items = items;
    this.progress = progress;
  }

  /** Every item of a campaign's checklist, in the template's order. */
  @Transactional(readOnly = true)
  public List<ChecklistItem> itemsOf(Long campaignId) {
    return items.findByCampaignIdOrderByPositionAsc(campaignId).stream().map(ChecklistItem::of).toList();
  }

  /** The progress rows of a campaign in one state, every unit's. */
  @Transactional(readOnly = true)
  public List<ChecklistProgress> progressIn(Long campaignId, ProgressState state) {
    return progress.findByCampaignIdAndState(campaignId, state).stream().map(ChecklistProgress::of).toList();
  }

  /** Every progress row of a campaign, every unit's, in any state. */
  @Transactional(readOnly = true)
  public List<ChecklistProgress> progressOf(Long campaignId) {
    return progress.findByCampaignId(campaignId).stream().map(ChecklistProgress::of).toList();
  }
}
