package cn.qijin.obligation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names the quarterly tasks so that Tasklist shows what, for which quarter and unit. */
@Component("obligationTaskNamer")
public class ObligationTaskNamer implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String what = task.getVariable("obligationCode") + " " + task.getVariable("quarterName");
    String unit = "（" + task.getVariable("unitName") + "）";
    String name = switch (task.getTaskDefinitionKey()) {
      case "RecordSessionTask" -> "季度任务 " + what + "：" + task.getVariable("obligationTitle");
      case "ReviewSessionTask" -> "审核季度活动 " + what + unit;
      case "DecideExtensionTask" -> "审批延期申请 " + what + unit;
      case "UrgeUnitTask" -> "橙色督办 " + what + unit;
      case "TalkWithUnitTask" -> "红色约谈 " + what + unit;
      default -> task.getName();
    };
    task.setName(name);
    task.setDescription(task.getVariable("obligationTitle") + "，到期日 " + task.getVariable("dueDate"));
  }
}
