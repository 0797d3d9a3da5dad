package cn.qijin.mobilisation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanAcknowledgementRepository extends JpaRepository<PlanAcknowledgement, Long> {

  List<PlanAcknowledgement> findByCampaignIdOrderByAcknowledgedAtAsc(Long campaignId);
}
