package cn.qijin.checklist;

import static cn.qijin.kernel.process.ProcessVariables.ITEM_ID;

import cn.qijin.checklist.internal.ChecklistItemEntity;
import cn.qijin.checklist.internal.ChecklistItemRepository;
import cn.qijin.checklist.internal.ChecklistProgressEntity;
import cn.qijin.checklist.internal.ChecklistProgressRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.security.Roles;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.springframework.stereotype.Component;

/**
 * ORG-2: the office's review of a unit's checklist item (审核落实情况) is due or overdue: an e-mail to the office
 * through the outbox (once per day and recipient) and a follow-up mark with a comment on the task.
 */
@Component("checklistReviewReminder")
public class ChecklistReviewReminder implements JavaDelegate {

  private final ChecklistProgressRepository progress;
  private final ChecklistItemRepository items;
  private final Units units;
  private final UnitTaskReminder reminder;

  public ChecklistReviewReminder(ChecklistProgressRepository progress, ChecklistItemRepository items,
      Units units, UnitTaskReminder reminder) {
    this.progress = progress;
    this.items = items;
    this.units = units;
    this.reminder = reminder;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ChecklistProgressEntity row = progress.ofProcess(execution.getProcessInstanceId(), ITEM_ID.get(execution));
    if (row.getReviewDueAt() == null) {
      return; // answered in the same moment; nothing is waiting
    }
    ChecklistItemEntity item = items.findById(row.getItemId()).orElseThrow();
    Unit unit = units.find(row.getUnitId()).orElseThrow();
    LocalDate today = CampaignClock.today();
    LocalDate dueDay = LocalDate.ofInstant(row.getReviewDueAt(), CampaignClock.ZONE);
    long daysLate = ChronoUnit.DAYS.between(dueDay, today);
    String status = daysLate <= 0 ? "今天是审核期限（" + dueDay + "）" : "已超过审核期限 " + daysLate + " 天（期限 " + dueDay + "）";
    String what = unit.getName() + " " + item.getCode() + "：" + item.getTitle();
    reminder.remindGroup(execution, reviewTaskOf(execution, row), Roles.OFFICE, new UnitTaskReminder.Message(
        "ITEM_REVIEW_REMINDER:" + row.getId() + ":" + row.getSubmittedAt() + ":" + today, "REVIEW_REMINDER", null,
        "【审核提醒】" + what + " 的落实情况待审核",
        "活动办公室：\n\n" + what + " 于 " + LocalDate.ofInstant(row.getSubmittedAt(), CampaignClock.ZONE)
            + " 提交的落实情况尚未审核，" + status + "。\n请登录任务列表，在“审核落实情况”中销号或退回。"
            + "\n\n安全生产宣传教育“七进”活动管理系统",
        "系统提醒：" + status));
  }

  /** Each item is a branch of the multi-instance: several 审核落实情况 tasks are open at once; this item's is meant. */
  private static Task reviewTaskOf(DelegateExecution execution, ChecklistProgressEntity row) {
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    return tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId()).taskDefinitionKey("ReviewItemTask")
        .list().stream().filter(t -> row.getItemId().equals(ITEM_ID.valueOf(tasks.getVariable(t.getId(), ITEM_ID.name())))).findFirst()
        .orElse(null);
  }
}
