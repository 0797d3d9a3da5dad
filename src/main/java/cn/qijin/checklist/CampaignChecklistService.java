package cn.qijin.checklist;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignChecklist;
import cn.qijin.campaign.CampaignChecklistRevised;
import cn.qijin.campaign.CampaignDefined;
import cn.qijin.campaign.CampaignService;
import cn.qijin.campaign.CampaignStatus;
import cn.qijin.campaign.CampaignView;
import cn.qijin.checklist.internal.ChecklistItemEntity;
import cn.qijin.checklist.internal.ChecklistItemRepository;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Theme;
import cn.qijin.kernel.Venue;
import cn.qijin.template.TemplateDocument;
import cn.qijin.unit.Unit;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A campaign's checklist: the template's items, created when the campaign is defined, and the items the office
 * adds before it starts (ORG-2, SCH-0). Campaign reads the checklist through {@link CampaignChecklist}.
 */
@Service
public class CampaignChecklistService implements CampaignChecklist {

  private final CampaignService campaigns;
  private final ChecklistItemRepository items;
  private final UnitChecklist unitChecklist;

  public CampaignChecklistService(CampaignService campaigns, ChecklistItemRepository items,
      UnitChecklist unitChecklist) {
    this.campaigns = campaigns;
    this.items = items;
    this.unitChecklist = unitChecklist;
  }

  /**
   * The checklist the campaign was defined with (the template's, or as the office wrote it in 发起活动), venue by
   * venue in its order; runs in the transaction that defines the campaign.
   */
  @EventListener
  public void on(CampaignDefined defined) {
    write(defined.campaignId(), defined.template().venues());
  }

  /** The office rewrote a returned proposal's checklist (issue 14 part 3): its items replace the earlier ones. */
  @EventListener
  public void on(CampaignChecklistRevised revised) {
    items.deleteAll(items.findByCampaignIdOrderByPositionAsc(revised.campaignId()));
    items.flush();
    write(revised.campaignId(), revised.venues());
  }

  /** Items whose code the campaign's template has are the template's; the others the office wrote (SCH-0). */
  private void write(Long campaignId, Map<Venue, List<TemplateDocument.Item>> venues) {
    Campaign campaign = campaigns.byId(campaignId);
    Set<String> templateCodes = campaigns.templateOf(campaign.getTemplateCode(), campaign.getTemplateVersion())
        .venues().values().stream().flatMap(List::stream).map(TemplateDocument.Item::code).collect(Collectors.toSet());
    int position = 0;
    for (Map.Entry<Venue, List<TemplateDocument.Item>> venue : venues.entrySet()) {
      for (TemplateDocument.Item item : venue.getValue()) {
        ChecklistItem.Origin origin = templateCodes.contains(item.code()) ? ChecklistItem.Origin.TEMPLATE
            : ChecklistItem.Origin.OFFICE;
        items.save(new ChecklistItemEntity(campaignId, venue.getKey(), item.code(), item.title(),
            item.description(), Theme.toCsv(item.themes()), origin, position++)
            .forAllUnits(item.allUnits()));
      }
    }
  }

  /** The office adds a checklist item to a venue before the campaign starts (SCH-0). */
  @Transactional
  public ChecklistItem add(Long campaignId, ChecklistItemRequest request) {
    Campaign campaign = campaigns.byId(campaignId);
    if (campaign.getStatus() != CampaignStatus.DRAFT) {
      throw new InvalidInputException("活动已启动，不能再增加检查项");
    }
    Venue venue = Venue.parse(request.venue());
    String code = request.code().trim().toUpperCase();
    if (items.existsByCampaignIdAndCode(campaignId, code)) {
      throw new InvalidInputException("检查项编号“" + code + "”在本活动中已存在");
    }
    Set<Theme> themes = Theme.parseList(request.themes());
    if (themes.isEmpty()) {
      throw new InvalidInputException("请至少选择一个宣传主题（T1–T6）");
    }
    int position = (int) items.countByCampaignId(campaignId);
    return ChecklistItem.of(items.save(new ChecklistItemEntity(campaignId, venue, code, request.title().trim(),
        request.description() == null ? null : request.description().trim(), Theme.toCsv(themes),
        ChecklistItem.Origin.OFFICE, position)));
  }

  @Override
  @Transactional(readOnly = true)
  public List<CampaignView.ItemView> itemsOf(Long campaignId) {
    return items.findByCampaignIdOrderByPositionAsc(campaignId).stream().map(ChecklistItem::of)
        .map(CampaignChecklistService::view).toList();
  }

  @Override
  public List<Long> taskItemIds(Long campaignId, Unit unit) {
    return unitChecklist.taskItemsOf(campaignId, unit).stream().map(ChecklistItem::getId).toList();
  }

  static CampaignView.ItemView view(ChecklistItem i) {
    return new CampaignView.ItemView(i.getId(), i.getVenue().name(), i.getVenue().chineseName(), i.getCode(),
        i.getTitle(), i.getDescription(), i.getThemes(), i.getOrigin().name(), i.isForAllUnits());
  }
}
