package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;
import static cn.qijin.kernel.process.ProcessVariables.QUARTER_CODE;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** One branch of the schedule: open this campaign's round of the quarter that just ended (ORG-2). */
@Component("startQuarterSupervision")
public class StartQuarterSupervision implements JavaDelegate {

  private final SupervisionStarter starter;

  public StartQuarterSupervision(SupervisionStarter starter) {
    this.starter = starter;
  }

  @Override
  public void execute(DelegateExecution execution) {
    starter.startScheduled(CAMPAIGN_ID.get(execution), QUARTER_CODE.orNull(execution));
  }
}
