package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.DUE_DATE;
import static cn.qijin.kernel.process.ProcessVariables.OWNER_NAME;
import static cn.qijin.kernel.process.ProcessVariables.PROBLEM_TITLE;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names the rectification tasks after the problem, so Tasklist shows what is to be rectified and by whom. */
@Component("problemTaskNamer")
public class ProblemTaskNamer implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String title = PROBLEM_TITLE.orNull(task);
    String name = switch (task.getTaskDefinitionKey()) {
      case "RectifyProblemTask" -> "整改问题：" + title;
      case "VerifyRectificationTask" -> "验收整改：" + title + "（" + OWNER_NAME.orNull(task) + "）";
      default -> task.getName();
    };
    task.setName(name.length() > 255 ? name.substring(0, 255) : name);
    task.setDescription("责任单位 " + OWNER_NAME.orNull(task) + "，整改期限 " + DUE_DATE.orNull(task));
  }
}
