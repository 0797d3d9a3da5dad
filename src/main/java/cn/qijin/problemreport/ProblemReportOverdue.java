package cn.qijin.problemreport;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * ORG-1, ORG-2: a report still unhandled at the end of its due day reminds whoever holds it — the office
 * (处理问题) or the leadership group (研究决定) — once, by mail through the outbox; the task stays open.
 */
@Component("problemReportOverdue")
public class ProblemReportOverdue implements TaskListener {

  static final String KIND = ProblemReportNotices.OVERDUE_KIND;

  private final ProblemReportNotices notices;

  public ProblemReportOverdue(ProblemReportNotices notices) {
    this.notices = notices;
  }

  @Override
  public void notify(DelegateTask task) {
    notices.remindOverdue(task.getProcessInstanceId(), task.getTaskDefinitionKey(), task.getName());
  }
}
