package cn.qijin.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceFileRepository extends JpaRepository<EvidenceFile, Long> {

  boolean existsBySha256(String sha256);
}
