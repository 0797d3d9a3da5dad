package cn.qijin.campaign.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

/** The campaign table; internal to the campaign module; other modules read campaigns through {@link cn.qijin.campaign.Campaigns}. */
public interface CampaignRepository extends JpaRepository<CampaignEntity, Long> {

  List<CampaignEntity> findAllByOrderByIdDesc();

  Optional<CampaignEntity> findByProcessInstanceId(String processInstanceId);

  Optional<CampaignEntity> findByLaunchProcessInstanceId(String launchProcessInstanceId);
}
