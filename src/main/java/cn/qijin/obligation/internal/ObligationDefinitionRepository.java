package cn.qijin.obligation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationDefinitionRepository extends JpaRepository<ObligationDefinitionEntity, Long> {

  List<ObligationDefinitionEntity> findByCampaignId(Long campaignId);

  List<ObligationDefinitionEntity> findByCampaignIdAndVenue(Long campaignId, cn.qijin.kernel.Venue venue);
}
