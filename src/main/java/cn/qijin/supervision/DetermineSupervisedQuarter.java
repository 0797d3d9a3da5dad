package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.QUARTER_CODE;
import static cn.qijin.kernel.process.ProcessVariables.QUARTER_NAME;

import cn.qijin.kernel.CampaignClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The schedule fired: which quarter just ended (the one before today's, even if the job ran a few days late). */
@Component("determineSupervisedQuarter")
public class DetermineSupervisedQuarter implements JavaDelegate {

  private final SupervisionSchedule schedule;

  public DetermineSupervisedQuarter(SupervisionSchedule schedule) {
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var quarter = schedule.quarterEndedBefore(CampaignClock.today());
    QUARTER_CODE.set(execution, quarter.code());
    QUARTER_NAME.set(execution, quarter.chineseName());
  }
}
