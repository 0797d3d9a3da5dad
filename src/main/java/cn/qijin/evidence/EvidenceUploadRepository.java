package cn.qijin.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface EvidenceUploadRepository extends JpaRepository<EvidenceUpload, String> {

  boolean existsBySha256(String sha256);
}
