package cn.qijin.obligation.internal;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EscalationRecordRepository extends JpaRepository<EscalationRecordEntity, Long> {

  boolean existsByObligationIdAndLevel(Long obligationId, int level);

  java.util.Optional<EscalationRecordEntity> findByObligationIdAndLevel(Long obligationId, int level);

  List<EscalationRecordEntity> findByObligationIdOrderByLevelAsc(Long obligationId);

  @Query("select e from EscalationRecord e where e.obligationId in "
      + "(select o.id from Obligation o where o.campaignId = :c and o.quarterCode = :q) order by e.level")
  List<EscalationRecordEntity> inQuarter(@Param("c") Long campaignId, @Param("q") String quarterCode);
}
