package cn.qijin.audit;

import java.time.Instant;

/** One audit event as the office reads it. */
public record AuditEventView(Long id, Instant occurredAt, String actor, String action, String actionName,
    String subjectType, String subjectTypeName, String subjectId, Long campaignId, String unitCode,
    String processInstanceId, String taskId, String taskName, String detail) {

  static AuditEventView of(AuditEvent e) {
    return new AuditEventView(e.getId(), e.getOccurredAt(), e.getActor(), e.getAction().name(), e.getActionName(),
        e.getSubjectType() == null ? null : e.getSubjectType().name(),
        e.getSubjectType() == null ? null : e.getSubjectType().chineseName(), e.getSubjectId(), e.getCampaignId(),
        e.getUnitCode(), e.getProcessInstanceId(), e.getTaskId(), e.getTaskName(), e.getDetail());
  }
}
