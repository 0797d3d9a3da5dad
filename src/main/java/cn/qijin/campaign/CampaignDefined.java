package cn.qijin.campaign;

import cn.qijin.template.TemplateDocument;

/**
 * A campaign has just been defined from a template (ORG-2). {@link CampaignService#define} publishes it inside its
 * transaction after saving the campaign; the modules above campaign create their rows from the template in
 * synchronous listeners (checklist: the checklist items; obligation: the recurring obligations), so a refused
 * definition still leaves nothing behind.
 */
public record CampaignDefined(Long campaignId, TemplateDocument template) {}
