package cn.qijin.mobilisation.internal;

import cn.qijin.mobilisation.PlanAcknowledgement;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface PlanAcknowledgementRepository extends JpaRepository<PlanAcknowledgement, Long> {

  List<PlanAcknowledgement> findByCampaignIdOrderByAcknowledgedAtAsc(Long campaignId);
}
