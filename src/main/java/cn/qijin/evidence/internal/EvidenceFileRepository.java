package cn.qijin.evidence.internal;

import java.util.Collection;
import java.util.Set;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;

public interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

  boolean existsBySha256(String sha256);

  @Query("select distinct f.sha256 from EvidenceFile f where f.sha256 in :shas")
  Set<String> findSha256In(@Param("shas") Collection<String> shas);
}
