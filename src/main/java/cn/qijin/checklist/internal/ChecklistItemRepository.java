package cn.qijin.checklist.internal;

import cn.qijin.kernel.Venue;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistItemRepository extends JpaRepository<ChecklistItemEntity, Long> {

  List<ChecklistItemEntity> findByCampaignIdOrderByPositionAsc(Long campaignId);

  List<ChecklistItemEntity> findByCampaignIdAndVenueOrderByPositionAsc(Long campaignId, Venue venue);

  boolean existsByCampaignIdAndCode(Long campaignId, String code);

  long countByCampaignId(Long campaignId);

  List<ChecklistItemEntity> findByCodeIgnoreCase(String code);
}
