package cn.qijin.checklist.internal;

import cn.qijin.checklist.ProgressState;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistProgressRepository extends JpaRepository<ChecklistProgressEntity, Long> {

  Optional<ChecklistProgressEntity> findByCampaignIdAndUnitIdAndItemId(Long campaignId, Long unitId, Long itemId);

  Optional<ChecklistProgressEntity> findByProcessInstanceIdAndItemId(String processInstanceId, Long itemId);

  /**
   * The item of a unit's process, found by that process instance: the unit and campaign come from this
   * table, never from a process variable a caller could have set (issue 10). The item id is the branch's
   * own (multi-instance) variable, which no form may submit.
   */
  default ChecklistProgressEntity ofProcess(String processInstanceId, Long itemId) {
    return findByProcessInstanceIdAndItemId(processInstanceId, itemId).orElseThrow(() -> new IllegalStateException(
        "No checklist item " + itemId + " in process instance " + processInstanceId));
  }

  List<ChecklistProgressEntity> findByCampaignIdAndUnitIdAndStateNot(Long campaignId, Long unitId, ProgressState state);

  List<ChecklistProgressEntity> findByCampaignIdAndUnitId(Long campaignId, Long unitId);

  List<ChecklistProgressEntity> findByCampaignIdAndState(Long campaignId, ProgressState state);

  List<ChecklistProgressEntity> findByCampaignId(Long campaignId);
}
