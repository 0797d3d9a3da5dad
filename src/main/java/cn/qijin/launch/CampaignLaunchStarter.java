package cn.qijin.launch;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** ORG-1: the approved proposal starts as a campaign (启动活动); the office's 印发工作方案 task comes next. */
@Component("campaignLaunchStarter")
public class CampaignLaunchStarter implements JavaDelegate {

  private final CampaignLaunch launch;

  public CampaignLaunchStarter(CampaignLaunch launch) {
    this.launch = launch;
  }

  @Override
  public void execute(DelegateExecution execution) {
    launch.start(execution.getProcessInstanceId());
  }
}
