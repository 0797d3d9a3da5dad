package cn.qijin.checklist;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistProgressRepository extends JpaRepository<ChecklistProgress, Long> {

  Optional<ChecklistProgress> findByCampaignIdAndUnitIdAndItemId(Long campaignId, Long unitId, Long itemId);

  List<ChecklistProgress> findByCampaignIdAndUnitIdAndStateNot(Long campaignId, Long unitId, ProgressState state);

  List<ChecklistProgress> findByCampaignIdAndState(Long campaignId, ProgressState state);
}
