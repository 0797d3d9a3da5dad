package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.ESCALATED_TO;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.notification.NotificationOutbox;
import cn.qijin.security.Roles;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.camunda.bpm.engine.task.Task;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * REC-2, ORG-2: a problem not closed by its due day is reported to the office (to urge the owner);
 * a problem the office owns itself is reported to the leadership group (ORG-1). Recorded once on the
 * problem, with an e-mail through the outbox and a comment on the owner's task.
 */
@Component("problemEscalation")
public class ProblemEscalation implements JavaDelegate {

  private static final Logger LOG = LoggerFactory.getLogger(ProblemEscalation.class);

  private final ConsolidationRecordRepository records;
  private final ProblemRecipients recipients;
  private final NotificationOutbox outbox;

  public ProblemEscalation(ConsolidationRecordRepository records, ProblemRecipients recipients,
      NotificationOutbox outbox) {
    this.records = records;
    this.recipients = recipients;
    this.outbox = outbox;
  }

  @Override
  public void execute(DelegateExecution execution) {
    ConsolidationRecord problem = records.problemOfProcess(execution.getProcessInstanceId());
    problem.escalated(CampaignClock.now());
    boolean officeOwns = Roles.OFFICE.equals(problem.getOwnerGroup());
    String escalatedTo = officeOwns ? Roles.LEADERSHIP : Roles.OFFICE;
    Set<String> to = new LinkedHashSet<>(recipients.ofGroup(escalatedTo));
    to.addAll(recipients.ownerOf(problem));
    outbox.enqueue("PROBLEM_OVERDUE:" + problem.getId() + ":" + problem.getDueDate(), "PROBLEM_OVERDUE", null, to,
        "【问题整改逾期】" + problem.getOwner() + "：" + problem.getTitle(),
        problem.getOwner() + "未在整改期限 " + problem.getDueDate() + " 前完成问题“" + problem.getTitle() + "”的整改，现报"
            + (officeOwns ? "领导小组督办。" : "活动办公室督办，办公室将督促落实。")
            + "\n\n安全生产宣传教育“七进”活动办公室");
    ESCALATED_TO.set(execution, escalatedTo);
    TaskService tasks = execution.getProcessEngineServices().getTaskService();
    Task task = tasks.createTaskQuery().processInstanceId(execution.getProcessInstanceId())
        .taskDefinitionKey(ProblemReminder.RECTIFY_TASK).singleResult();
    if (task != null) {
      tasks.createComment(task.getId(), execution.getProcessInstanceId(),
          "系统提醒：已超过整改期限 " + problem.getDueDate() + "，已报" + (officeOwns ? "领导小组" : "活动办公室") + "督办");
    }
    LOG.info("Problem {} ({}) overdue since {}: escalated to {}", problem.getId(), problem.getOwnerGroup(),
        problem.getDueDate(), escalatedTo);
  }
}
