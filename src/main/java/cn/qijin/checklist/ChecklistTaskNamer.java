package cn.qijin.checklist;

import static cn.qijin.kernel.process.ProcessVariables.ITEM_CODE;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_DESCRIPTION;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_TITLE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names checklist tasks after their item so that a unit's task list reads like its checklist. */
@Component("checklistTaskNamer")
public class ChecklistTaskNamer implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String item = ITEM_CODE.orNull(task) + "：" + ITEM_TITLE.orNull(task);
    if ("ReviewItemTask".equals(task.getTaskDefinitionKey())) {
      task.setName("审核 " + item + "（" + UNIT_NAME.orNull(task) + "）");
    } else {
      task.setName("落实 " + item);
    }
    task.setDescription(ITEM_DESCRIPTION.orNull(task));
  }
}
