package cn.qijin.obligation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationRepository extends JpaRepository<ObligationEntity, Long> {

  List<ObligationEntity> findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(Long campaignId, Long unitId);

  List<ObligationEntity> findByCampaignIdOrderByUnitIdAscPeriodCodeAsc(Long campaignId);

  List<ObligationEntity> findByCampaignIdOrderByUnitIdAscPeriodCodeAscIdAsc(Long campaignId);

  Optional<ObligationEntity> findByProcessInstanceId(String processInstanceId);

  /**
   * The obligation an obligation process instance works on, from this table, not from a process variable
   * a caller could have set (issue 10).
   */
  default ObligationEntity ofProcess(String processInstanceId) {
    return findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("No obligation for process instance " + processInstanceId));
  }

  Optional<ObligationEntity> findByDefinitionIdAndUnitIdAndPeriodCode(Long definitionId, Long unitId, String periodCode);
}
