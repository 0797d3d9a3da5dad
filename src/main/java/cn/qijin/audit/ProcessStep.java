package cn.qijin.audit;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_CODE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ID;

import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.VariableScope;

/**
 * Where a process step happens and who takes it, as plain values: what a listener hands a feature's service so
 * that the service can record the step (audit context, the actor on its records) without touching the engine.
 * Every field may be null; {@code actor} null means "whoever is authenticated" (see {@link AuditTrail#record}).
 */
public record ProcessStep(String actor, String processInstanceId, String taskId, String taskName, Long campaignId,
    Long unitId, String unitCode) {

  /** The task being completed: its process instance, id and name, the campaign and unit its process carries, and the user completing it. */
  public static ProcessStep ofTask(DelegateTask task) {
    return new ProcessStep(TaskInput.actor(task), task.getProcessInstanceId(), task.getId(), task.getName(),
        campaignOf(task), unitOf(task), unitCodeOf(task));
  }

  /** The execution's process instance, and the campaign and unit its process carries; the actor is left to the trail. */
  public static ProcessStep ofExecution(DelegateExecution execution) {
    return new ProcessStep(null, execution.getProcessInstanceId(), null, null, campaignOf(execution),
        unitOf(execution), unitCodeOf(execution));
  }

  /** The user completing the step, or "system" when nobody is named. */
  public String actorOrSystem() {
    return actor != null ? actor : AuditTrail.SYSTEM;
  }

  private static Long campaignOf(VariableScope scope) {
    return CAMPAIGN_ID.raw(scope) instanceof Number n ? n.longValue() : null;
  }

  private static Long unitOf(VariableScope scope) {
    return UNIT_ID.raw(scope) instanceof Number n ? n.longValue() : null;
  }

  private static String unitCodeOf(VariableScope scope) {
    return UNIT_CODE.raw(scope) instanceof String code ? code : null;
  }
}
