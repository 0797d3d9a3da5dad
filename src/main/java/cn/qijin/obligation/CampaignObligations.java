package cn.qijin.obligation;

import cn.qijin.campaign.CampaignDefined;
import cn.qijin.kernel.Theme;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.template.TemplateDocument;
import java.util.List;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/** Creates a campaign's recurring obligations from its template (REC-1, COM-2, PUB-2) when it is defined. */
@Component
class CampaignObligations {

  private final ObligationDefinitionRepository obligations;

  CampaignObligations(ObligationDefinitionRepository obligations) {
    this.obligations = obligations;
  }

  /** Runs in the transaction that defines the campaign, so a failure leaves no campaign behind. */
  @EventListener
  void on(CampaignDefined defined) {
    TemplateDocument doc = defined.template();
    for (TemplateDocument.Obligation o : doc.obligations() == null ? List.<TemplateDocument.Obligation>of() : doc.obligations()) {
      obligations.save(new ObligationDefinitionEntity(defined.campaignId(), o.code(), o.venue(), o.period(), o.minCount(),
          o.title(), Theme.toCsv(o.themes())).remindedBy(o.remindersOr(doc.remindersOrDefault())));
    }
  }
}
