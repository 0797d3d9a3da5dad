package cn.qijin.checklist;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names checklist tasks after their item so that a unit's task list reads like its checklist. */
@Component("checklistTaskNamer")
public class ChecklistTaskNamer implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String item = task.getVariable("itemCode") + "：" + task.getVariable("itemTitle");
    if ("ReviewItemTask".equals(task.getTaskDefinitionKey())) {
      task.setName("审核 " + item + "（" + task.getVariable("unitName") + "）");
    } else {
      task.setName("落实 " + item);
    }
    task.setDescription((String) task.getVariable("itemDescription"));
  }
}
