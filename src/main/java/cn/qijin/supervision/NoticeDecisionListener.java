package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.DRAFT_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.LEADERSHIP_OPINION;
import static cn.qijin.kernel.process.ProcessVariables.NOTICE_APPROVED;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
import cn.qijin.audit.ProcessStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-1: the leadership group approves the 通报 for circulation or returns it to the office with an opinion. */
@Component("noticeDecisionListener")
public class NoticeDecisionListener implements TaskListener {

  private final SupervisionRoundSteps steps;

  public NoticeDecisionListener(SupervisionRoundSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    boolean approved = in.requiredChoice(NOTICE_APPROVED, "审定结论");
    String opinion = in.optionalText(LEADERSHIP_OPINION, "审定意见", 2000);
    steps.decideNotice(task.getProcessInstanceId(), approved, opinion, ProcessStep.ofTask(task))
        .ifPresent(redraftDue -> DRAFT_DUE_AT.set(task, CampaignClock.endOfDay(redraftDue)));
    // the opinion is kept on the round; as a process variable the units' signing tasks could read it
    LEADERSHIP_OPINION.remove(task);
  }
}
