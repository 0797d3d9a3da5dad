package cn.qijin.obligation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ObligationSessionRepository extends JpaRepository<ObligationSession, Long> {

  List<ObligationSession> findByObligationIdOrderBySubmittedAtAsc(Long obligationId);
}
