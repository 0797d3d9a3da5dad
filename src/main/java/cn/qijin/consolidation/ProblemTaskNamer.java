package cn.qijin.consolidation;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names the rectification tasks after the problem, so Tasklist shows what is to be rectified and by whom. */
@Component("problemTaskNamer")
public class ProblemTaskNamer implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String title = (String) task.getVariable("problemTitle");
    String name = switch (task.getTaskDefinitionKey()) {
      case "RectifyProblemTask" -> "整改问题：" + title;
      case "VerifyRectificationTask" -> "验收整改：" + title + "（" + task.getVariable("ownerName") + "）";
      default -> task.getName();
    };
    task.setName(name.length() > 255 ? name.substring(0, 255) : name);
    task.setDescription("责任单位 " + task.getVariable("ownerName") + "，整改期限 " + task.getVariable("dueDate"));
  }
}
