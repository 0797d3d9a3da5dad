package cn.qijin.audit.internal;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;

/** One entry of the audit trail: who did what, when, to which record, in which campaign, unit and process. */
@Entity
@Table(name = "audit_event")
public class AuditEvent {

  @Id
  @GeneratedValue(strategy = GenerationType.IDENTITY)
  private Long id;

  private Instant occurredAt;
  private String actor;
  @Enumerated(EnumType.STRING)
  private AuditAction action;
  /** The action's Chinese name when it was recorded. */
  private String actionName;
  @Enumerated(EnumType.STRING)
  private AuditSubject subjectType;
  private String subjectId;
  private Long campaignId;
  private Long unitId;
  private String unitCode;
  private String processInstanceId;
  private String taskId;
  private String taskName;
  private String detail;

  protected AuditEvent() {}

  public AuditEvent(Instant occurredAt, String actor, AuditEntry e, String unitCode) {
    this.occurredAt = occurredAt;
    this.actor = actor;
    this.action = e.action();
    this.actionName = e.action().chineseName();
    this.subjectType = e.subjectType();
    this.subjectId = e.subjectId();
    this.campaignId = e.campaignId();
    this.unitId = e.unitId();
    this.unitCode = unitCode;
    this.processInstanceId = e.processInstanceId();
    this.taskId = e.taskId();
    this.taskName = e.taskName();
    this.detail = e.detail();
  }

  public Long getId() { return id; }
  public Instant getOccurredAt() { return occurredAt; }
  public String getActor() { return actor; }
  public AuditAction getAction() { return action; }
  public String getActionName() { return actionName; }
  public AuditSubject getSubjectType() { return subjectType; }
  public String getSubjectId() { return subjectId; }
  public Long getCampaignId() { return campaignId; }
  public Long getUnitId() { return unitId; }
  public String getUnitCode() { return unitCode; }
  public String getProcessInstanceId() { return processInstanceId; }
  public String getTaskId() { return taskId; }
  public String getTaskName() { return taskName; }
  public String getDetail() { return detail; }
}
