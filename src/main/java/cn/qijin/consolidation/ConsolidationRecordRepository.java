package cn.qijin.consolidation;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ConsolidationRecordRepository extends JpaRepository<ConsolidationRecord, Long> {

  List<ConsolidationRecord> findByCampaignIdOrderByKindAscIdAsc(Long campaignId);

  void deleteByCampaignIdAndOrigin(Long campaignId, ConsolidationRecord.Origin origin);
}
