package cn.qijin.evidence;

import org.springframework.data.jpa.repository.JpaRepository;

public interface DownloadRecordRepository extends JpaRepository<DownloadRecord, Long> {
}
