package cn.qijin.mobilisation;

import static cn.qijin.kernel.process.ProcessVariables.ACK_REMARKS;
import static cn.qijin.kernel.process.ProcessVariables.ACK_SIGNER_NAME;

import cn.qijin.common.TaskInput;
import cn.qijin.audit.ProcessStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-1: a unit acknowledges receipt of the work plan (签收). */
@Component("acknowledgePlanListener")
public class AcknowledgePlanListener implements TaskListener {

  private final MobilisationRecords records;

  public AcknowledgePlanListener(MobilisationRecords records) {
    this.records = records;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String signer = in.requiredText(ACK_SIGNER_NAME, "签收人姓名", 50);
    String remarks = in.optionalText(ACK_REMARKS, "签收备注", 2000);
    records.acknowledgePlan(task.getExecution().getProcessBusinessKey(), signer, remarks, ProcessStep.ofTask(task));
  }
}
