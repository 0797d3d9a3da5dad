package cn.qijin.audit;

import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;

/**
 * What a caller tells {@link AuditTrail#record}: the action and its subject, plus whatever context is
 * known. From a task listener, {@link #task} takes the process instance, task, campaign and unit from
 * the task; a feature's service, which sees no engine, takes them from a {@link ProcessStep} with {@link #step};
 * elsewhere set them with {@link #campaign}, {@link #unit}, {@link #process}. Example:
 * {@code audit.record(AuditEntry.of(AuditAction.OBLIGATION_EXEMPTED, AuditSubject.OBLIGATION, id).unit(unitId).detail(reason))}.
 */
public final class AuditEntry {

  private static final int DETAIL_LIMIT = 2000;

  private final AuditAction action;
  private final AuditSubject subjectType;
  private final String subjectId;
  private String actor;
  private Long campaignId;
  private Long unitId;
  private String unitCode;
  private String processInstanceId;
  private String taskId;
  private String taskName;
  private String detail;

  private AuditEntry(AuditAction action, AuditSubject subjectType, Object subjectId) {
    this.action = action;
    this.subjectType = subjectType;
    this.subjectId = subjectId == null ? null : subjectId.toString();
  }

  public static AuditEntry of(AuditAction action, AuditSubject subjectType, Object subjectId) {
    return new AuditEntry(action, subjectType, subjectId);
  }

  /** Who did it, when not the authenticated user (the trail defaults to that user, or "system"). */
  public AuditEntry by(String userId) {
    this.actor = userId;
    return this;
  }

  public AuditEntry campaign(Long id) {
    this.campaignId = id;
    return this;
  }

  public AuditEntry unit(Long id) {
    this.unitId = id;
    return this;
  }

  /** The unit by id and code, when the caller has both (the trail need not look the code up). */
  public AuditEntry unit(Long id, String code) {
    this.unitId = id;
    this.unitCode = code;
    return this;
  }

  public AuditEntry process(String instanceId) {
    this.processInstanceId = instanceId;
    return this;
  }

  /**
   * The task's process instance, id and name, the campaign and unit its process carries, and the user
   * completing it (see {@link TaskInput#actor}).
   */
  public AuditEntry task(DelegateTask task) {
    return step(ProcessStep.ofTask(task));
  }

  /** The execution's process instance, and the campaign and unit its process carries. */
  public AuditEntry execution(DelegateExecution execution) {
    return step(ProcessStep.ofExecution(execution));
  }

  /** The step's actor, process instance, task, campaign and unit, where this entry does not name them already. */
  public AuditEntry step(ProcessStep step) {
    if (actor == null) {
      this.actor = step.actor();
    }
    if (step.taskId() != null) {
      this.taskId = step.taskId();
      this.taskName = step.taskName();
    }
    if (step.processInstanceId() != null) {
      this.processInstanceId = step.processInstanceId();
    }
    if (campaignId == null) {
      campaignId = step.campaignId();
    }
    if (unitId == null) {
      unitId = step.unitId();
    }
    if (unitCode == null) {
      unitCode = step.unitCode();
    }
    return this;
  }

  public AuditEntry detail(String text) {
    this.detail = text == null || text.length() <= DETAIL_LIMIT ? text : text.substring(0, DETAIL_LIMIT - 1) + "…";
    return this;
  }

  public AuditAction action() { return action; }
  public AuditSubject subjectType() { return subjectType; }
  public String subjectId() { return subjectId; }
  public String actor() { return actor; }
  public Long campaignId() { return campaignId; }
  public Long unitId() { return unitId; }
  public String unitCode() { return unitCode; }
  public String processInstanceId() { return processInstanceId; }
  public String taskId() { return taskId; }
  public String taskName() { return taskName; }
  public String detail() { return detail; }
}
