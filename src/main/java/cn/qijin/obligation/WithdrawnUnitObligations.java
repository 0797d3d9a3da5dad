package cn.qijin.obligation;

import cn.qijin.campaign.UnitWithdrawn;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * A withdrawn unit's open obligations are settled as exempted with the office's reason (REC-3, issue 14 part 4): their
 * processes ended with the unit's, and the campaign can close (PH-3 waits for every obligation to be settled).
 */
@Component
class WithdrawnUnitObligations {

  private static final Logger LOG = LoggerFactory.getLogger(WithdrawnUnitObligations.class);

  private final ObligationRepository obligations;

  WithdrawnUnitObligations(ObligationRepository obligations) {
    this.obligations = obligations;
  }

  /** Runs in the withdrawal's transaction. */
  @EventListener
  void on(UnitWithdrawn withdrawn) {
    int settled = 0;
    for (ObligationEntity o : obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(withdrawn.campaignId(),
        withdrawn.unitId())) {
      if (!o.isClosed()) {
        o.exempt("单位退出活动：" + withdrawn.reason(), withdrawn.by(), CampaignClock.now());
        settled++;
      }
    }
    LOG.info("Unit {} withdrawn from campaign {}: {} open obligations exempted", withdrawn.unitId(),
        withdrawn.campaignId(), settled);
  }
}
