package cn.qijin.problemreport.internal;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface ProblemReportRepository extends JpaRepository<ProblemReport, Long> {

  Optional<ProblemReport> findByProcessInstanceId(String processInstanceId);

  List<ProblemReport> findByCampaignIdOrderByIdAsc(Long campaignId);

  List<ProblemReport> findByCampaignIdAndUnitIdInOrderByIdAsc(Long campaignId, List<Long> unitIds);

  /** The report a process works on, from this table, never from a process variable (issue 10). */
  default ProblemReport ofProcess(String processInstanceId) {
    return findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("No problem report for process instance " + processInstanceId));
  }
}
