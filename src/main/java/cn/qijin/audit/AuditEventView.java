package cn.qijin.audit;

import cn.qijin.audit.internal.AuditEvent;
import java.time.Instant;
import java.util.Set;

/**
 * One audit event as the office reads it: actorName and unitName are the person's and the unit's names (the login
 * and the code where none is known); processRunning says whether its process instance still runs (Cockpit
 * opens running instances only), null when the event has no process instance.
 */
public record AuditEventView(Long id, Instant occurredAt, String actor, String actorName, String action,
    String actionName, String subjectType, String subjectTypeName, String subjectId, String subjectTitle,
    Long campaignId, String unitCode,
    String unitName, String processInstanceId, Boolean processRunning, String taskId, String taskName, String detail) {

  static AuditEventView of(AuditEvent e, Set<String> runningProcessInstanceIds, AuditNames names) {
    return new AuditEventView(e.getId(), e.getOccurredAt(), e.getActor(), names.person(e.getActor()),
        e.getAction().name(), e.getActionName(),
        e.getSubjectType() == null ? null : e.getSubjectType().name(),
        e.getSubjectType() == null ? null : e.getSubjectType().chineseName(), e.getSubjectId(), names.subjectTitle(e),
        e.getCampaignId(),
        e.getUnitCode(), names.unit(e.getUnitCode()), e.getProcessInstanceId(),
        e.getProcessInstanceId() == null ? null : runningProcessInstanceIds.contains(e.getProcessInstanceId()),
        e.getTaskId(), e.getTaskName(), e.getDetail());
  }
}
