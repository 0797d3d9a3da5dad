package cn.qijin.mobilisation;

import cn.qijin.common.CampaignClock;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-1: a unit acknowledges receipt of the work plan (签收). */
@Component("acknowledgePlanListener")
public class AcknowledgePlanListener implements TaskListener {

  private final PlanAcknowledgementRepository acknowledgements;

  public AcknowledgePlanListener(PlanAcknowledgementRepository acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String signer = in.requiredText("ackSignerName", "签收人姓名", 50);
    String remarks = in.optionalText("ackRemarks", "签收备注", 2000);
    acknowledgements.save(new PlanAcknowledgement(in.longVariable("campaignId"), in.longVariable("unitId"), signer,
        remarks, TaskInput.actor(task), CampaignClock.now()));
  }
}
