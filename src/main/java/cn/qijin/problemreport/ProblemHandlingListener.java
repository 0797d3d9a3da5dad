package cn.qijin.problemreport;

import static cn.qijin.kernel.process.ProcessVariables.DECISION_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.DECISION_DUE_DATE;
import static cn.qijin.kernel.process.ProcessVariables.HANDLING_CHOICE;
import static cn.qijin.kernel.process.ProcessVariables.OFFICE_REPLY;
import static cn.qijin.kernel.process.ProcessVariables.REFERRAL_NOTE;

import cn.qijin.audit.ProcessStep;
import cn.qijin.common.TaskInput;
import cn.qijin.kernel.CampaignClock;
import java.time.LocalDate;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-2: the office answers a unit's report itself or refers it to the leadership group (ORG-1); see {@link ProblemReportSteps}. */
@Component("problemHandlingListener")
public class ProblemHandlingListener implements TaskListener {

  private final ProblemReportSteps steps;

  public ProblemHandlingListener(ProblemReportSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String choice = in.requiredOneOf(HANDLING_CHOICE, "处理方式（办公室答复 / 提请领导小组研究）",
        Set.of(ProblemReportProcess.RESOLVE, ProblemReportProcess.REFER));
    if (ProblemReportProcess.REFER.equals(choice)) {
      String note = in.requiredText(REFERRAL_NOTE, "提请领导小组研究的意见", 2000);
      LocalDate decisionDue = steps.referToLeadership(task.getProcessInstanceId(), note, ProcessStep.ofTask(task));
      DECISION_DUE_DATE.set(task, decisionDue.toString());
      DECISION_DUE_AT.set(task, CampaignClock.endOfDay(decisionDue));
    } else {
      String reply = in.requiredText(OFFICE_REPLY, "答复意见", 2000);
      steps.answerByOffice(task.getProcessInstanceId(), reply, ProcessStep.ofTask(task));
    }
  }
}
