package cn.qijin.launch;

import cn.qijin.campaign.Campaign;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.NotificationOutbox;
import cn.qijin.notification.Recipients;
import cn.qijin.organisation.Organisation;
import cn.qijin.security.Roles;
import cn.qijin.security.SystemActions;
import java.time.LocalDate;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * ORG-1: a proposal the leadership group has not decided by the first day of PH-1 (审批活动方案's due date) reminds the
 * group's members once by mail through the outbox — once per round of approval; the task stays open.
 */
@Component("launchOverdue")
public class LaunchOverdue implements TaskListener {

  static final String KIND = "LAUNCH_OVERDUE";

  private final CampaignLaunch launch;
  private final NotificationOutbox outbox;
  private final Recipients recipients;
  private final SystemActions system;
  private final Organisation organisation;

  public LaunchOverdue(CampaignLaunch launch, NotificationOutbox outbox, Recipients recipients, SystemActions system,
      Organisation organisation) {
    this.launch = launch;
    this.outbox = outbox;
    this.recipients = recipients;
    this.system = system;
    this.organisation = organisation;
  }

  @Override
  public void notify(DelegateTask task) {
    Campaign campaign = launch.of(task.getProcessInstanceId());
    LocalDate due = task.getDueDate() == null ? CampaignClock.today()
        : LocalDate.ofInstant(task.getDueDate().toInstant(), CampaignClock.ZONE);
    String body = "领导小组：\n\n活动办公室提请审批的活动方案“" + campaign.getName() + "”已到审批期限（" + due
        + "），尚未审批。部署发动阶段自 " + campaign.schedule().ph1Start() + " 开始，方案批准后活动才能启动。请登录任务列表办理“"
        + task.getName() + "”。\n\n" + organisation.signature();
    outbox.enqueue(KIND + ":" + campaign.getId() + ":" + task.getId(), KIND, null,
        system.run(() -> recipients.ofGroup(Roles.LEADERSHIP)), "【七进】活动方案待审批：" + campaign.getName(), body);
  }
}
