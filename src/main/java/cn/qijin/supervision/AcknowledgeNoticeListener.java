package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGED;
import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGEMENT_COMMENT;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.audit.ProcessStep;
import cn.qijin.common.TaskInput;
import java.util.List;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A unit signs (签收) the circulated 通报 ({@link NoticeSigning}), with what it will do about it. */
@Component("acknowledgeNoticeListener")
public class AcknowledgeNoticeListener implements TaskListener {

  private final NoticeSigning signing;

  public AcknowledgeNoticeListener(NoticeSigning signing) {
    this.signing = signing;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    if (!in.requiredChoice(ACKNOWLEDGED, "是否已阅知通报")) {
      throw new InvalidInputException("请确认已阅知通报内容后再签收");
    }
    String comment = in.optionalText(ACKNOWLEDGEMENT_COMMENT, "落实意见", 2000);
    List<String> candidateGroups = task.getCandidates().stream().map(IdentityLink::getGroupId).toList();
    signing.sign(task.getProcessInstanceId(), candidateGroups, comment, ProcessStep.ofTask(task));
  }
}
