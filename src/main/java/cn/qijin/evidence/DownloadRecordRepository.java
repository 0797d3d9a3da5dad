package cn.qijin.evidence;

import java.util.List;
import org.springframework.data.jpa.repository.JpaRepository;

public interface DownloadRecordRepository extends JpaRepository<DownloadRecord, Long> {

  List<DownloadRecord> findByDownloadedByOrderByIdDesc(String user);
}
