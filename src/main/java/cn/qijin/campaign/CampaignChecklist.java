package cn.qijin.campaign;

import cn.qijin.unit.Unit;
import java.util.List;

/**
 * What campaign needs to know of a campaign's checklist, implemented by the checklist module (which sits above
 * campaign and may use it, not the other way round).
 */
public interface CampaignChecklist {

  /** The campaign's checklist items in the template's order, as {@link CampaignView} lists them. */
  List<CampaignView.ItemView> itemsOf(Long campaignId);

  /**
   * The ids of the items the unit carries out as checklist tasks in this campaign, in the template's order: the
   * items of every venue it serves and those for every unit, without the items its recurring obligations carry.
   */
  List<Long> taskItemIds(Long campaignId, Unit unit);
}
