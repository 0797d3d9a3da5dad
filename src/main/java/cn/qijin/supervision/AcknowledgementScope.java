package cn.qijin.supervision;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Each unit's 签收通报 keeps its answer in its own multi-instance branch: the form's variables exist locally before
 * the form is submitted, so that units signing at the same moment neither overwrite nor see one another's answers.
 */
@Component("acknowledgementScope")
public class AcknowledgementScope implements TaskListener {

  static final String[] ANSWERS = {"acknowledged", "acknowledgementComment"};

  @Override
  public void notify(DelegateTask task) {
    for (String name : ANSWERS) {
      task.getExecution().setVariableLocal(name, null);
    }
  }
}
