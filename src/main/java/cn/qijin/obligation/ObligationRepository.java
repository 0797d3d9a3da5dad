package cn.qijin.obligation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationRepository extends JpaRepository<Obligation, Long> {

  List<Obligation> findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(Long campaignId, Long unitId);

  List<Obligation> findByCampaignIdOrderByUnitIdAscQuarterCodeAsc(Long campaignId);

  Optional<Obligation> findByDefinitionIdAndUnitIdAndQuarterCode(Long definitionId, Long unitId, String quarterCode);
}
