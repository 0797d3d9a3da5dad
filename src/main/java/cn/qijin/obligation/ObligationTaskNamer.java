package cn.qijin.obligation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names the obligation's tasks so that Tasklist shows what, for which period and unit: 季度任务 ENT-5 2017年第三季度,
 * 月度任务 COM-2 2017年7月. Instances started before periods had names (issue 11 point 7) are quarterly.
 */
@Component("obligationTaskNamer")
public class ObligationTaskNamer implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String periodName = (String) orElse(task.getVariable("periodName"), task.getVariable("quarterName"));
    String kind = (String) orElse(task.getVariable("periodKind"), "季度");
    String what = task.getVariable("obligationCode") + " " + periodName;
    String unit = "（" + task.getVariable("unitName") + "）";
    String name = switch (task.getTaskDefinitionKey()) {
      case "RecordSessionTask" -> kind + "任务 " + what + "：" + task.getVariable("obligationTitle");
      case "ReviewSessionTask" -> "审核" + kind + "活动 " + what + unit;
      case "DecideExtensionTask" -> "审批延期申请 " + what + unit;
      case "UrgeUnitTask" -> "橙色督办 " + what + unit;
      case "TalkWithUnitTask" -> "红色约谈 " + what + unit;
      default -> task.getName();
    };
    task.setName(name);
    task.setDescription(task.getVariable("obligationTitle") + "，到期日 " + task.getVariable("dueDate"));
  }

  private static Object orElse(Object value, Object fallback) {
    return value != null ? value : fallback;
  }
}
