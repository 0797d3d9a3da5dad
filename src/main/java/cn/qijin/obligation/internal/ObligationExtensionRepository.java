package cn.qijin.obligation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationExtensionRepository extends JpaRepository<ObligationExtension, Long> {

  List<ObligationExtension> findByObligationIdOrderByRequestedAtAsc(Long obligationId);
}
