package cn.qijin.checklist.internal;

import cn.qijin.checklist.ChecklistItem;
import cn.qijin.kernel.Venue;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistItemRepository extends JpaRepository<ChecklistItem, Long> {

  List<ChecklistItem> findByCampaignIdOrderByPositionAsc(Long campaignId);

  List<ChecklistItem> findByCampaignIdAndVenueOrderByPositionAsc(Long campaignId, Venue venue);

  boolean existsByCampaignIdAndCode(Long campaignId, String code);

  long countByCampaignId(Long campaignId);

  List<ChecklistItem> findByCodeIgnoreCase(String code);
}
