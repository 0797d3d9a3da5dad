package cn.qijin.audit;

import java.util.ArrayList;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.ExecutionListener;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.bpmn.behavior.UserTaskActivityBehavior;
import org.camunda.bpm.engine.impl.bpmn.parser.AbstractBpmnParseListener;
import org.camunda.bpm.engine.impl.cfg.AbstractProcessEnginePlugin;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.persistence.entity.ProcessDefinitionEntity;
import org.camunda.bpm.engine.impl.pvm.process.ActivityImpl;
import org.camunda.bpm.engine.impl.pvm.process.ScopeImpl;
import org.camunda.bpm.engine.impl.util.xml.Element;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Component;

/**
 * Puts every process instance's start and end and every completed user task into the audit trail,
 * for every deployed process, without a line in the BPMN files. A BPMN parse listener (registered by
 * this engine plugin) adds the listeners while a process is deployed: unlike the Spring Boot starter's
 * published execution events, a listener on the process definition itself tells the process's own
 * start and end from those of its activities. They are built-in listeners, so that Cockpit's "skip
 * custom listeners" does not leave holes in the trail. They run in the engine's command, which joins
 * the Spring transaction: a step that fails leaves no audit row.
 */
@Component
public class ProcessStepAudit extends AbstractProcessEnginePlugin {

  // the trail needs JPA and the engine's identity service; it is looked up when a step runs, not when the engine is built
  private final ObjectProvider<AuditTrail> audit;

  public ProcessStepAudit(ObjectProvider<AuditTrail> audit) {
    this.audit = audit;
  }

  @Override
  public void preInit(ProcessEngineConfigurationImpl configuration) {
    if (configuration.getCustomPostBPMNParseListeners() == null) {
      configuration.setCustomPostBPMNParseListeners(new ArrayList<>());
    }
    configuration.getCustomPostBPMNParseListeners().add(new Listeners());
  }

  private class Listeners extends AbstractBpmnParseListener {

    @Override
    public void parseProcess(Element processElement, ProcessDefinitionEntity process) {
      String name = process.getName() != null ? process.getName() : process.getKey();
      process.addBuiltInListener(ExecutionListener.EVENTNAME_START,
          (ExecutionListener) execution -> processEvent(AuditAction.PROCESS_STARTED, execution, name));
      process.addBuiltInListener(ExecutionListener.EVENTNAME_END,
          (ExecutionListener) execution -> processEvent(AuditAction.PROCESS_ENDED, execution, name));
    }

    @Override
    public void parseUserTask(Element taskElement, ScopeImpl scope, ActivityImpl activity) {
      ((UserTaskActivityBehavior) activity.getActivityBehavior()).getTaskDefinition()
          .addBuiltInTaskListener(TaskListener.EVENTNAME_COMPLETE, ProcessStepAudit.this::taskCompleted);
    }
  }

  private void processEvent(AuditAction action, DelegateExecution execution, String processName) {
    String businessKey = execution.getProcessBusinessKey();
    audit.getObject().record(AuditEntry.of(action, AuditSubject.PROCESS_INSTANCE, execution.getProcessInstanceId())
        .execution(execution)
        .detail(processName + (businessKey == null ? "" : "（业务标识 " + businessKey + "）")
            + (execution.isCanceled() ? "，已取消" : "")));
  }

  private void taskCompleted(DelegateTask task) {
    String businessKey = task.getExecution().getProcessBusinessKey();
    audit.getObject().record(AuditEntry.of(AuditAction.TASK_COMPLETED, AuditSubject.TASK, task.getId())
        .task(task)
        .detail("任务“" + task.getName() + "”" + (businessKey == null ? "" : "，业务标识 " + businessKey)));
  }
}
