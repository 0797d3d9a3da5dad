package cn.qijin.consolidation;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.template.ReminderPolicy;
import cn.qijin.template.TemplateDocument;
import cn.qijin.template.TemplateParser;
import cn.qijin.template.CampaignTemplates;
import org.springframework.stereotype.Component;

/**
 * REC-2 for problems: the same reminders as the campaign's quarterly tasks — the template's
 * `reminders` (default 14 and 3 days before, on the due day, then weekly, at 09:00 Shanghai).
 */
@Component
class ProblemReminderPolicy {

  private final Campaigns campaigns;
  private final CampaignTemplates templates;
  private final TemplateParser parser;

  ProblemReminderPolicy(Campaigns campaigns, CampaignTemplates templates, TemplateParser parser) {
    this.campaigns = campaigns;
    this.templates = templates;
    this.parser = parser;
  }

  ReminderPolicy forCampaign(Long campaignId) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow();
    TemplateDocument.Reminders r = templates.find(campaign.getTemplateCode(), campaign.getTemplateVersion())
        .map(t -> parser.parse(t.getSource()).remindersOrDefault())
        .orElse(TemplateDocument.Reminders.DEFAULT);
    return new ReminderPolicy(r.daysBefore(), r.onDueDay(), r.repeatEveryDaysAfter(), r.hour());
  }
}
