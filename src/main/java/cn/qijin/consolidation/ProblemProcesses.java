package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.PROBLEM_ID;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.security.AccessRules;
import cn.qijin.security.SystemActions;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * PH-3: every problem is rectified in its own instance of qijin_problem_rectification, started in the
 * transaction that records the problem. The application starts it, not the user: the office may not
 * start it by hand from Tasklist (it would lack its record).
 */
@Component
public class ProblemProcesses {

  public static final String PROCESS = AccessRules.PROBLEM_PROCESS;

  private static final Logger LOG = LoggerFactory.getLogger(ProblemProcesses.class);

  private final RuntimeService runtime;
  private final SystemActions system;
  private final AuditTrail audit;

  public ProblemProcesses(RuntimeService runtime, SystemActions system, AuditTrail audit) {
    this.runtime = runtime;
    this.system = system;
    this.audit = audit;
  }

  void start(ConsolidationRecord problem) {
    ProcessInstance instance = system.run(() -> runtime.startProcessInstanceByKey(PROCESS,
        "campaign-" + problem.getCampaignId() + "-problem-" + problem.getId(), PROBLEM_ID.with(problem.getId())));
    LOG.info("Problem {} of campaign {} ({}) is tracked by process instance {}", problem.getId(),
        problem.getCampaignId(), problem.getOwnerGroup(), instance.getId());
    audit.record(AuditEntry.of(AuditAction.PROBLEM_REGISTERED, AuditSubject.CONSOLIDATION_RECORD, problem.getId())
        .by(problem.getCreatedBy()).campaign(problem.getCampaignId()).unit(problem.getUnitId())
        .process(instance.getId()).detail(problem.getTitle() + "（整改期限 " + problem.getDueDate() + "）"));
  }

  /** The office took the problem back (changed or removed it in the consolidation form). */
  void withdraw(ConsolidationRecord problem, String reason) {
    String id = problem.getProcessInstanceId();
    if (id != null && system.run(() -> runtime.createProcessInstanceQuery().processInstanceId(id).count()) > 0) {
      system.run(() -> runtime.deleteProcessInstance(id, reason));
      LOG.info("Problem {}: process instance {} withdrawn ({})", problem.getId(), id, reason);
    }
  }
}
