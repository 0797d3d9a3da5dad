package cn.qijin.operations;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * qijin.operations.*: what the operator's health checks and metrics consider healthy (docs/operations.md).
 * qijin.operations.operator-groups, who may read /actuator/prometheus and health details, is the security
 * module's (cn.qijin.security.OperatorProperties).
 *
 * @param minFreeSpace the evidence store is DOWN when its disk has less usable space than this
 * @param outboxBacklogAfter a message still unsent this long after it was written counts as backlog
 * @param jobAcquisitionStallAfter the job executor is DOWN when its acquisition thread has not started a
 *     cycle for this long; must exceed camunda.bpm.job-execution.max-wait (60 s by default)
 * @param metricsCacheTtl the qijin_* gauges re-read the database at most this often
 */
@ConfigurationProperties("qijin.operations")
public record OperationsProperties(@DefaultValue("500MB") DataSize minFreeSpace,
    @DefaultValue("PT30M") Duration outboxBacklogAfter, @DefaultValue("PT5M") Duration jobAcquisitionStallAfter,
    @DefaultValue("PT30S") Duration metricsCacheTtl) {}
