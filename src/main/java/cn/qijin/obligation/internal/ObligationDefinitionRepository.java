package cn.qijin.obligation.internal;

import cn.qijin.obligation.ObligationDefinition;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationDefinitionRepository extends JpaRepository<ObligationDefinition, Long> {

  List<ObligationDefinition> findByCampaignId(Long campaignId);

  List<ObligationDefinition> findByCampaignIdAndVenue(Long campaignId, cn.qijin.kernel.Venue venue);
}
