package cn.qijin.evidence.internal;

import jakarta.persistence.LockModeType;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Lock;
import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvidenceUploadRepository extends JpaRepository<EvidenceUpload, String> {

  boolean existsBySha256(String sha256);

  @Query("select distinct u.sha256 from EvidenceUpload u where u.sha256 in :shas")
  Set<String> findSha256In(@Param("shas") Collection<String> shas);

  /** The upload, locked until the task's transaction ends: the collector cannot delete it while it is claimed. */
  @Lock(LockModeType.PESSIMISTIC_WRITE)
  @Query("select u from EvidenceUpload u where u.id = :id")
  Optional<EvidenceUpload> findForClaim(@Param("id") String id);

  @Query("select u from EvidenceUpload u where u.usedAt is null and u.uploadedAt < :before order by u.uploadedAt")
  List<EvidenceUpload> findUnclaimedBefore(@Param("before") Instant before, Pageable page);

  /** Deletes the upload if it is still unclaimed and old enough (a claim in between keeps it); returns 0 or 1. */
  @Modifying
  @Query("delete from EvidenceUpload u where u.id = :id and u.usedAt is null and u.uploadedAt < :before")
  int deleteIfUnclaimed(@Param("id") String id, @Param("before") Instant before);
}
