package cn.qijin.problemreport;

import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGEMENT_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.REPLY_ACKNOWLEDGED;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.audit.ProcessStep;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-1: the reporting unit confirms it has read the answer to its problem; the report is closed. */
@Component("replyAcknowledgementListener")
public class ReplyAcknowledgementListener implements TaskListener {

  private final ProblemReportSteps steps;

  public ReplyAcknowledgementListener(ProblemReportSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    if (!in.requiredChoice(REPLY_ACKNOWLEDGED, "已阅知答复")) {
      throw new InvalidInputException("请确认已阅知答复后再提交");
    }
    String comment = in.optionalText(ACKNOWLEDGEMENT_COMMENT, "反馈意见", 2000);
    steps.acknowledgeReply(task.getProcessInstanceId(), comment, ProcessStep.ofTask(task));
  }
}
