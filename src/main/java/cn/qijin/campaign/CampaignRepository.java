package cn.qijin.campaign;

import java.util.List;
import java.util.Optional;
import org.springframework.data.jpa.repository.JpaRepository;

public interface CampaignRepository extends JpaRepository<Campaign, Long> {

  List<Campaign> findAllByOrderByIdDesc();

  Optional<Campaign> findByProcessInstanceId(String processInstanceId);

  /** The campaign a campaign process works on, from this table, not from a process variable (issue 10). */
  default Campaign ofProcess(String processInstanceId) {
    return findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("No campaign for process instance " + processInstanceId));
  }
}
