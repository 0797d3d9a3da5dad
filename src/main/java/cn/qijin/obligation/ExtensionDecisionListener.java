package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_ID;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationExtension;
import cn.qijin.obligation.internal.ObligationExtensionRepository;
import cn.qijin.obligation.internal.ObligationRepository;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.runtime.Job;
import org.springframework.stereotype.Component;

/**
 * REC-3: the office decides on an extension. Approval moves the due date and, with it, every pending
 * reminder and escalation timer of this obligation (their dates are recomputed from the variables).
 */
@Component("extensionDecisionListener")
public class ExtensionDecisionListener implements TaskListener {

  private final ObligationRepository obligations;
  private final ObligationDefinitionRepository definitions;
  private final ObligationExtensionRepository extensions;
  private final EscalationPolicy escalation;
  private final AuditTrail audit;

  public ExtensionDecisionListener(ObligationRepository obligations, ObligationDefinitionRepository definitions,
      ObligationExtensionRepository extensions, EscalationPolicy escalation, AuditTrail audit) {
    this.obligations = obligations;
    this.definitions = definitions;
    this.extensions = extensions;
    this.escalation = escalation;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean approved = in.requiredChoice(EXTENSION_APPROVED, "审批结论");
    String comment = in.optionalText(EXTENSION_COMMENT, "审批意见", 2000);
    if (!approved && comment == null) {
      throw new InvalidInputException("请填写不同意延期的理由");
    }
    ObligationExtension extension = extensions.findById(in.longVariable(EXTENSION_ID)).orElseThrow();
    extension.decide(approved, comment, TaskInput.actor(task), CampaignClock.now());
    audit.record(AuditEntry.of(approved ? AuditAction.EXTENSION_APPROVED : AuditAction.EXTENSION_REFUSED,
        AuditSubject.OBLIGATION_EXTENSION, extension.getId()).task(task)
        .detail("延期至 " + extension.getRequestedDueDate() + (comment == null ? "" : "：" + comment)));
    if (!approved) {
      return;
    }
    ObligationEntity obligation = obligations.findById(extension.getObligationId()).orElseThrow();
    obligation.extendTo(CampaignClock.endOfDay(extension.getRequestedDueDate()).toInstant());
    ObligationDefinitionEntity definition = definitions.findById(obligation.getDefinitionId()).orElseThrow();
    task.getExecution().getProcessInstance().setVariables(ObligationVariables.timing(obligation, definition, escalation));
    ManagementService management = task.getProcessEngineServices().getManagementService();
    for (Job timer : management.createJobQuery().processInstanceId(task.getProcessInstanceId()).timers().list()) {
      management.recalculateJobDuedate(timer.getId(), false);
    }
  }
}
