package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.APPROVAL_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.NOTICE_JSON;
import static cn.qijin.kernel.process.ProcessVariables.NOTICE_TITLE;

import cn.qijin.audit.ProcessStep;
import cn.qijin.kernel.CampaignClock;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-2 梳理、通报: the office's draft of the quarter's 通报, checked and kept on the round for approval. */
@Component("draftNoticeListener")
public class DraftNoticeListener implements TaskListener {

  private final SupervisionRoundSteps steps;

  public DraftNoticeListener(SupervisionRoundSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    SupervisionRoundSteps.Drafted drafted =
        steps.draftNotice(task.getProcessInstanceId(), NOTICE_JSON.orNull(task), ProcessStep.ofTask(task));
    NOTICE_TITLE.set(task, drafted.title());
    APPROVAL_DUE_AT.set(task, CampaignClock.endOfDay(drafted.approvalDue()));
  }
}
