package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_ID;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_DATE;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_ID;
import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_REASON;
import static cn.qijin.kernel.process.ProcessVariables.PH3_END;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_ID;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_REVIEW_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ACTION;

import cn.qijin.audit.ProcessStep;
import cn.qijin.common.TaskInput;
import cn.qijin.kernel.process.ProcessVariable;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * The unit's quarterly task: either a session it held (REC-1, to the office's review) or, before the
 * due date, a request for more time (REC-3, to the office's decision). The rules are {@link ObligationSteps}'.
 */
@Component("sessionSubmissionListener")
public class SessionSubmissionListener implements TaskListener {

  public static final String SESSION = "session";
  public static final String EXTENSION = "extension";

  private final ObligationSteps steps;

  public SessionSubmissionListener(ObligationSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String action = in.requiredOneOf(UNIT_ACTION, "办理方式（记录活动或申请延期）", Set.of(SESSION, EXTENSION));
    // the office's earlier answers belong to the earlier round: the next form shows only the new one
    for (ProcessVariable<?> answer : List.of(SESSION_REVIEW_COMMENT, SESSION_APPROVED, EXTENSION_COMMENT,
        EXTENSION_APPROVED)) {
      answer.set(task, null);
    }
    if (SESSION.equals(action)) {
      submitSession(task, in);
    } else {
      requestExtension(task, in);
    }
  }

  private void submitSession(DelegateTask task, TaskInput in) {
    ObligationSteps.SessionWindow window = steps.sessionWindow(task.getProcessInstanceId());
    SessionRecord record = SessionRules.read(in, window.from(), window.latest());
    ObligationSteps.SubmittedSession submitted = steps.submitSession(task.getProcessInstanceId(), record,
        EVIDENCE_UPLOADS.orNull(task), ProcessStep.ofTask(task));
    SESSION_ID.set(task, submitted.sessionId());
    EVIDENCE_ID.set(task, submitted.evidenceId());
    task.getExecution().getProcessInstance().setVariables(submitted.reviewTiming());
  }

  private void requestExtension(DelegateTask task, TaskInput in) {
    LocalDate dueDay = steps.dueDayOpenForExtension(task.getProcessInstanceId());
    LocalDate until = in.requiredDateAfter(EXTENSION_DATE, "申请延期至", dueDay, in.dateVariable(PH3_END),
        "申请延期至的日期须晚于原到期日 " + dueDay);
    String reason = in.requiredText(EXTENSION_REASON, "延期理由", 2000);
    EXTENSION_ID.set(task, steps.requestExtension(task.getProcessInstanceId(), until, reason, ProcessStep.ofTask(task)));
  }
}
