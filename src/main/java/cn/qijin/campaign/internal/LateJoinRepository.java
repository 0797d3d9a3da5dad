package cn.qijin.campaign.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

/** Units added to running campaigns; internal to the campaign module. */
public interface LateJoinRepository extends JpaRepository<LateJoinEntity, LateJoinEntity.Key> {

  List<LateJoinEntity> findByIdCampaignId(Long campaignId);
}
