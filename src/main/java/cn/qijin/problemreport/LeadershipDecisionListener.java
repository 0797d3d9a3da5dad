package cn.qijin.problemreport;

import static cn.qijin.kernel.process.ProcessVariables.LEADERSHIP_DECISION;

import cn.qijin.audit.ProcessStep;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-1: the leadership group's decision on a referred problem (研究解决共性问题和突出问题), with who and when. */
@Component("leadershipDecisionListener")
public class LeadershipDecisionListener implements TaskListener {

  private final ProblemReportSteps steps;

  public LeadershipDecisionListener(ProblemReportSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    String decision = TaskInput.of(task).requiredText(LEADERSHIP_DECISION, "研究决定", 4000);
    steps.decideByLeadership(task.getProcessInstanceId(), decision, ProcessStep.ofTask(task));
  }
}
