package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.LAST_REMINDER;
import static cn.qijin.kernel.process.ProcessVariables.NEXT_REMINDER_AT;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.NotificationOutbox;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.Date;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * REC-2 for a PH-3 problem, as for quarterly tasks: while the owner's rectification task is open, the
 * owner gets an e-mail (through the outbox, once per reminder and recipient) and, in Tasklist, a
 * follow-up date and a comment on the task. While the office is verifying, nobody is reminded. Then
 * the next reminder is placed.
 */
@Component("problemReminder")
public class ProblemReminder implements JavaDelegate {

  static final String RECTIFY_TASK = "RectifyProblemTask";

  private static final Logger LOG = LoggerFactory.getLogger(ProblemReminder.class);

  private final ConsolidationRecordRepository records;
  private final ProblemReminderPolicy policy;
  private final ProblemRecipients recipients;
  private final NotificationOutbox outbox;

  public ProblemReminder(ConsolidationRecordRepository records, ProblemReminderPolicy policy,
      ProblemRecipients recipients, NotificationOutbox outbox) {
    this.records = records;
    this.policy = policy;
    this.recipients = recipients;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConsolidationRecord problem = records.problemOfProcess(execution.getProcessInstanceId());
    Instant at = NEXT_REMINDER_AT.get(execution).toInstant();
    LocalDate dueDay = problem.getDueDate();
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(RECTIFY_TASK).singleResult();
    if (task != null) {
      String status = status(LocalDate.ofInstant(at, CampaignClock.ZONE), dueDay);
      outbox.enqueue("PROBLEM_REMINDER:" + problem.getId() + ":" + at, "PROBLEM_REMINDER", null,
          recipients.ownerOf(problem), "【问题整改提醒】" + problem.getOwner() + "：" + problem.getTitle(),
          problem.getOwner() + "：\n\n巩固提升阶段交办的问题“" + problem.getTitle() + "”" + status
              + "。\n请登录任务列表，在“整改问题”任务中填写整改情况并提交办公室验收。\n\n安全生产宣传教育“七进”活动办公室");
      task.setFollowUpDate(Date.from(CampaignClock.now()));
      tasks.saveTask(task);
      tasks.createComment(task.getId(), execution.getProcessInstanceId(), "系统提醒：本问题" + status);
      LAST_REMINDER.set(execution, CampaignClock.today() + " 提醒：" + status);
    } else {
      LOG.info("Problem {}: reminder at {} skipped, the office is verifying the rectification", problem.getId(), at);
    }
    NEXT_REMINDER_AT.set(execution, Date.from(policy.forCampaign(problem.getCampaignId()).nextAfter(dueDay, at)));
  }

  static String status(LocalDate day, LocalDate dueDay) {
    long daysLeft = ChronoUnit.DAYS.between(day, dueDay);
    if (daysLeft > 0) {
      return "距整改期限 " + dueDay + " 还有 " + daysLeft + " 天";
    }
    return daysLeft == 0 ? "今天到期（" + dueDay + "）" : "已逾期 " + (-daysLeft) + " 天（整改期限 " + dueDay + "）";
  }
}
