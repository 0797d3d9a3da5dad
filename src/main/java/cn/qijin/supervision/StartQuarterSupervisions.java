package cn.qijin.supervision;

import cn.qijin.common.CampaignClock;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** The schedule's service task: open the rounds of the quarter that just ended (ORG-2). */
@Component("startQuarterSupervisions")
public class StartQuarterSupervisions implements JavaDelegate {

  private final SupervisionStarter starter;
  private final SupervisionSchedule schedule;

  public StartQuarterSupervisions(SupervisionStarter starter, SupervisionSchedule schedule) {
    this.starter = starter;
    this.schedule = schedule;
  }

  @Override
  public void execute(DelegateExecution execution) {
    var quarter = schedule.quarterEndedBefore(CampaignClock.today());
    int started = starter.startDue(quarter).size();
    execution.setVariable("quarterCode", quarter.code());
    execution.setVariable("roundsStarted", started);
  }
}
