package cn.qijin.campaign;

import cn.qijin.kernel.Venue;
import cn.qijin.template.TemplateDocument;
import java.util.List;
import java.util.Map;

/**
 * The office rewrote the checklist of a proposal the leadership group returned (issue 14 part 3). Published inside
 * {@link CampaignService#revise}'s transaction; checklist replaces the campaign's items with these.
 */
public record CampaignChecklistRevised(Long campaignId, Map<Venue, List<TemplateDocument.Item>> venues) {}
