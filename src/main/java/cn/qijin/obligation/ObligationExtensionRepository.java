package cn.qijin.obligation;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationExtensionRepository extends JpaRepository<ObligationExtension, Long> {

  Optional<ObligationExtension> findFirstByObligationIdAndDecision(Long obligationId, ObligationExtension.Decision decision);

  List<ObligationExtension> findByObligationIdOrderByRequestedAtAsc(Long obligationId);
}
