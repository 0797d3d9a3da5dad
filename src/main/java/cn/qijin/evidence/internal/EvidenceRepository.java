package cn.qijin.evidence.internal;

import cn.qijin.evidence.Evidence;
import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface EvidenceRepository extends JpaRepository<Evidence, Long>, JpaSpecificationExecutor<Evidence> {

  Optional<Evidence> findByCampaignIdAndUnitIdAndChecklistItemId(Long campaignId, Long unitId, Long checklistItemId);

  List<Evidence> findByObligationIdOrderByIdAsc(Long obligationId);

  Optional<Evidence> findByObligationSessionId(Long obligationSessionId);

  Optional<Evidence> findByConsolidationRecordId(Long consolidationRecordId);

  boolean existsByConsolidationRecordId(Long consolidationRecordId);
}
