package cn.qijin.launch;

import static cn.qijin.kernel.process.ProcessVariables.LAUNCH_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.LAUNCH_OPINION;

import cn.qijin.common.TaskInput;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.security.Roles;
import java.util.List;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** ORG-1: the leadership group approves the proposal (审批活动方案) or returns it with its opinion, which is required. */
@Component("launchDecision")
public class LaunchDecision implements TaskListener {

  private final CampaignLaunch launch;

  public LaunchDecision(CampaignLaunch launch) {
    this.launch = launch;
  }

  @Override
  public void notify(DelegateTask task) {
    requireLeadership(task);
    TaskInput in = TaskInput.of(task);
    boolean approved = in.requiredChoice(LAUNCH_APPROVED, "审批结论");
    String opinion = in.optionalText(LAUNCH_OPINION, "审批意见", 2000);
    if (!approved && opinion == null) {
      throw new InvalidInputException("退回修改时请填写领导小组意见");
    }
    launch.decide(task.getProcessInstanceId(), approved, opinion, TaskInput.actor(task));
    // kept on the campaign (the revision form reads it there); a second round starts with an empty opinion
    LAUNCH_OPINION.remove(task);
  }

  /**
   * The office may work every task (engine grant), but approving its own proposal would empty ORG-1: only the
   * leadership group (or the administrator) decides. Engine-internal completions carry no user.
   */
  private static void requireLeadership(DelegateTask task) {
    Authentication user = task.getProcessEngineServices().getIdentityService().getCurrentAuthentication();
    if (user == null || user.getUserId() == null) {
      return;
    }
    List<String> groups = user.getGroupIds() == null ? List.of() : user.getGroupIds();
    if (!groups.contains(Roles.LEADERSHIP) && !groups.contains(Roles.ADMIN)) {
      throw new InvalidInputException("活动方案须由领导小组审批，办公室不能代为审批");
    }
  }
}
