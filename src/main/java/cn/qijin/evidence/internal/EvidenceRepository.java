package cn.qijin.evidence.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.JpaSpecificationExecutor;

public interface EvidenceRepository extends JpaRepository<EvidenceEntity, Long>, JpaSpecificationExecutor<EvidenceEntity> {

  Optional<EvidenceEntity> findByCampaignIdAndUnitIdAndChecklistItemId(Long campaignId, Long unitId, Long checklistItemId);

  List<EvidenceEntity> findByObligationIdOrderByIdAsc(Long obligationId);

  List<EvidenceEntity> findByCampaignId(Long campaignId);

  Optional<EvidenceEntity> findByObligationSessionId(Long obligationSessionId);

  Optional<EvidenceEntity> findByConsolidationRecordId(Long consolidationRecordId);

  boolean existsByConsolidationRecordId(Long consolidationRecordId);
}
