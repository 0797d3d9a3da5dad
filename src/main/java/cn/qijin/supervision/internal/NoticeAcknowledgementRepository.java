package cn.qijin.supervision.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface NoticeAcknowledgementRepository extends JpaRepository<NoticeAcknowledgement, Long> {

  List<NoticeAcknowledgement> findByRoundIdOrderByIdAsc(Long roundId);

  Optional<NoticeAcknowledgement> findByRoundIdAndUnitId(Long roundId, Long unitId);
}
