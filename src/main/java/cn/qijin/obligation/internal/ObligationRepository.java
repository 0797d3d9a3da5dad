package cn.qijin.obligation.internal;

import cn.qijin.obligation.Obligation;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationRepository extends JpaRepository<Obligation, Long> {

  List<Obligation> findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(Long campaignId, Long unitId);

  List<Obligation> findByCampaignIdOrderByUnitIdAscPeriodCodeAsc(Long campaignId);

  Optional<Obligation> findByProcessInstanceId(String processInstanceId);

  /**
   * The obligation an obligation process instance works on, from this table, not from a process variable
   * a caller could have set (issue 10).
   */
  default Obligation ofProcess(String processInstanceId) {
    return findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("No obligation for process instance " + processInstanceId));
  }

  Optional<Obligation> findByDefinitionIdAndUnitIdAndPeriodCode(Long definitionId, Long unitId, String periodCode);
}
