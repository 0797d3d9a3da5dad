package cn.qijin.obligation;

import cn.qijin.common.CampaignClock;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.task.Task;

/** A reminder shows in Tasklist: the open task gets today's follow-up date (filter 已提醒) and a comment. */
final class TasklistFollowUp {

  private TasklistFollowUp() {}

  static void mark(DelegateExecution execution, String taskDefinitionKey, String comment) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(taskDefinitionKey).singleResult();
    if (task != null) {
      task.setFollowUpDate(Date.from(CampaignClock.now()));
      tasks.saveTask(task);
      tasks.createComment(task.getId(), execution.getProcessInstanceId(), comment);
    }
  }
}
