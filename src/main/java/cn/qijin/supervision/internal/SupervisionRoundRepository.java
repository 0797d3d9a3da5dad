package cn.qijin.supervision.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface SupervisionRoundRepository extends JpaRepository<SupervisionRound, Long> {

  Optional<SupervisionRound> findByCampaignIdAndQuarterCode(Long campaignId, String quarterCode);

  Optional<SupervisionRound> findByProcessInstanceId(String processInstanceId);

  List<SupervisionRound> findByCampaignIdOrderByQuarterCodeDesc(Long campaignId);
}
