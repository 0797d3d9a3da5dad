package cn.qijin.obligation.internal;

import cn.qijin.obligation.EscalationRecord;
import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface EscalationRecordRepository extends JpaRepository<EscalationRecord, Long> {

  boolean existsByObligationIdAndLevel(Long obligationId, int level);

  java.util.Optional<EscalationRecord> findByObligationIdAndLevel(Long obligationId, int level);

  List<EscalationRecord> findByObligationIdOrderByLevelAsc(Long obligationId);
}
