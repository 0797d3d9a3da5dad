package cn.qijin.checklist.internal;

import cn.qijin.checklist.ChecklistProgress;
import cn.qijin.checklist.ProgressState;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ChecklistProgressRepository extends JpaRepository<ChecklistProgress, Long> {

  Optional<ChecklistProgress> findByCampaignIdAndUnitIdAndItemId(Long campaignId, Long unitId, Long itemId);

  Optional<ChecklistProgress> findByProcessInstanceIdAndItemId(String processInstanceId, Long itemId);

  /**
   * The item of a unit's process, found by that process instance: the unit and campaign come from this
   * table, never from a process variable a caller could have set (issue 10). The item id is the branch's
   * own (multi-instance) variable, which no form may submit.
   */
  default ChecklistProgress ofProcess(String processInstanceId, Long itemId) {
    return findByProcessInstanceIdAndItemId(processInstanceId, itemId).orElseThrow(() -> new IllegalStateException(
        "No checklist item " + itemId + " in process instance " + processInstanceId));
  }

  List<ChecklistProgress> findByCampaignIdAndUnitIdAndStateNot(Long campaignId, Long unitId, ProgressState state);

  List<ChecklistProgress> findByCampaignIdAndUnitId(Long campaignId, Long unitId);

  List<ChecklistProgress> findByCampaignIdAndState(Long campaignId, ProgressState state);
}
