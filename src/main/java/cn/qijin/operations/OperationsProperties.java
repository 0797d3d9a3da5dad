package cn.qijin.operations;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * qijin.operations.*: what the operator's health checks and metrics consider healthy (docs/operations.md).
 *
 * @param minFreeSpace the evidence store is DOWN when its disk has less usable space than this
 * @param outboxBacklogAfter a message still unsent this long after it was written counts as backlog
 * @param jobAcquisitionStallAfter the job executor is DOWN when its acquisition thread has not started a
 *     cycle for this long; must exceed camunda.bpm.job-execution.max-wait (60 s by default)
 * @param metricsCacheTtl the qijin_* gauges re-read the database at most this often
 * @param operatorGroups Camunda groups that may read /actuator/prometheus and health details
 */
@ConfigurationProperties("qijin.operations")
public record OperationsProperties(@DefaultValue("500MB") DataSize minFreeSpace,
    @DefaultValue("PT30M") Duration outboxBacklogAfter, @DefaultValue("PT5M") Duration jobAcquisitionStallAfter,
    @DefaultValue("PT30S") Duration metricsCacheTtl, @DefaultValue("camunda-admin") List<String> operatorGroups) {

  public OperationsProperties {
    if (operatorGroups == null || operatorGroups.isEmpty() || operatorGroups.stream().anyMatch(String::isBlank)) {
      throw new IllegalArgumentException("qijin.operations.operator-groups must name at least one Camunda group");
    }
    operatorGroups = List.copyOf(operatorGroups);
  }
}
