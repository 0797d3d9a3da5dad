package cn.qijin.consolidation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SelfSummaryRepository extends JpaRepository<SelfSummary, Long> {

  List<SelfSummary> findByCampaignIdOrderByUnitIdAsc(Long campaignId);
}
