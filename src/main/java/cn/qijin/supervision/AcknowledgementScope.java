package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGED;
import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGEMENT_COMMENT;

import cn.qijin.kernel.process.ProcessVariable;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import java.util.List;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Each unit's 签收通报 keeps its answer in its own multi-instance branch: the form's variables exist locally before
 * the form is submitted, so that units signing at the same moment neither overwrite nor see one another's answers.
 */
@Component("acknowledgementScope")
public class AcknowledgementScope implements TaskListener {

  static final List<ProcessVariable<?>> ANSWERS = List.of(ACKNOWLEDGED, ACKNOWLEDGEMENT_COMMENT);

  @Override
  public void notify(DelegateTask task) {
    for (ProcessVariable<?> answer : ANSWERS) {
      answer.setLocal(task.getExecution(), null);
    }
  }
}
