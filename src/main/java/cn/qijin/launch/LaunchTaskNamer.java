package cn.qijin.launch;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names 审批活动方案 and 修改活动方案 after the proposed campaign in Tasklist (issue 14 part 3). */
@Component("launchTaskNamer")
public class LaunchTaskNamer implements TaskListener {

  private final CampaignLaunch launch;

  public LaunchTaskNamer(CampaignLaunch launch) {
    this.launch = launch;
  }

  @Override
  public void notify(DelegateTask task) {
    task.setName(task.getName() + "：" + launch.of(task.getProcessInstanceId()).getName());
  }
}
