package cn.qijin.notification.internal;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface NotificationRepository extends JpaRepository<Notification, Long> {

  boolean existsByDedupKey(String dedupKey);

  Page<Notification> findByStatusOrderByIdDesc(Notification.Status status, Pageable page);

  Page<Notification> findAllByOrderByIdDesc(Pageable page);

  List<Notification> findByObligationIdOrderByIdAsc(Long obligationId);

  /** Messages to send now: pending and due, or claimed by a node that has not finished in time. */
  @Query("""
      select n.id from Notification n
      where (n.status = cn.qijin.notification.internal.Notification.Status.PENDING and n.nextAttemptAt <= :now)
         or (n.status = cn.qijin.notification.internal.Notification.Status.SENDING and n.claimedAt < :staleBefore)
      order by n.id""")
  List<Long> findDueIds(@Param("now") Instant now, @Param("staleBefore") Instant staleBefore, Pageable page);

  /** Claims a message for one node; 1 if this node won it, 0 if another node already has it. */
  @Modifying
  @Query("""
      update Notification n set n.status = cn.qijin.notification.internal.Notification.Status.SENDING,
             n.claimedBy = :node, n.claimedAt = :now
      where n.id = :id
        and ((n.status = cn.qijin.notification.internal.Notification.Status.PENDING and n.nextAttemptAt <= :now)
          or (n.status = cn.qijin.notification.internal.Notification.Status.SENDING and n.claimedAt < :staleBefore))""")
  int claim(@Param("id") Long id, @Param("node") String node, @Param("now") Instant now,
      @Param("staleBefore") Instant staleBefore);
}
