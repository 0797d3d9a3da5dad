package cn.qijin.campaign;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.RecordTitles;
import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import org.springframework.stereotype.Component;

/** The audit trail names a campaign by its name (issue 14 part 6). */
@Component
class CampaignAuditTitles extends RecordTitles<CampaignEntity> {

  CampaignAuditTitles(CampaignRepository records) {
    super(AuditSubject.CAMPAIGN, records::findAllById, CampaignEntity::getId, CampaignEntity::getName);
  }
}
