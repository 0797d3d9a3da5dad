package cn.qijin.mobilisation;

import static cn.qijin.kernel.process.ProcessVariables.ACK_REMARKS;
import static cn.qijin.kernel.process.ProcessVariables.ACK_SIGNER_NAME;

import cn.qijin.mobilisation.internal.PlanAcknowledgement;
import cn.qijin.mobilisation.internal.PlanAcknowledgementRepository;
import cn.qijin.campaign.UnitProcessSubjects;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-1: a unit acknowledges receipt of the work plan (签收). */
@Component("acknowledgePlanListener")
public class AcknowledgePlanListener implements TaskListener {

  private final PlanAcknowledgementRepository acknowledgements;

  private final UnitProcessSubjects subjects;

  public AcknowledgePlanListener(PlanAcknowledgementRepository acknowledgements, UnitProcessSubjects subjects) {
    this.acknowledgements = acknowledgements;
    this.subjects = subjects;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String signer = in.requiredText(ACK_SIGNER_NAME, "签收人姓名", 50);
    String remarks = in.optionalText(ACK_REMARKS, "签收备注", 2000);
    var subject = subjects.of(task.getExecution().getProcessBusinessKey());
    acknowledgements.save(new PlanAcknowledgement(subject.campaign().getId(), subject.unit().getId(), signer,
        remarks, TaskInput.actor(task), CampaignClock.now()));
  }
}
