package cn.qijin.consolidation.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface ConsolidationRecordRepository extends JpaRepository<ConsolidationRecord, Long>,
    JpaSpecificationExecutor<ConsolidationRecord> {

  List<ConsolidationRecord> findByCampaignIdOrderByKindAscIdAsc(Long campaignId);

  List<ConsolidationRecord> findByCampaignIdAndOriginOrderByIdAsc(Long campaignId, ConsolidationRecord.Origin origin);

  boolean existsBySourceExampleId(Long goodExampleId);

  Optional<ConsolidationRecord> findFirstBySourceExampleId(Long goodExampleId);

  Optional<ConsolidationRecord> findByProcessInstanceId(String processInstanceId);

  /** The problem a rectification process works on, from this table, not from a process variable (issue 10). */
  default ConsolidationRecord problemOfProcess(String processInstanceId) {
    return findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("No problem for process instance " + processInstanceId));
  }
}
