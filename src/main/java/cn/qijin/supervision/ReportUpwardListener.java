package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.REPORTED_ON;
import static cn.qijin.kernel.process.ProcessVariables.REPORTED_TO;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_METHOD;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_NOTE;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_NUMBER;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
import cn.qijin.kernel.process.ProcessVariable;
import cn.qijin.supervision.internal.SupervisionRound;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-2 上报: the office records when, to whom, how and under which number the summary went upward. */
@Component("reportUpwardListener")
public class ReportUpwardListener implements TaskListener {

  static final Set<String> METHODS = Set.of("公文交换", "电子政务平台", "电子邮件", "纸质报送");

  private final SupervisionRounds rounds;
  private final AuditTrail audit;

  public ReportUpwardListener(SupervisionRounds rounds, AuditTrail audit) {
    this.rounds = rounds;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    SupervisionRound round = rounds.ofProcess(task.getProcessInstanceId());
    String to = in.requiredText(REPORTED_TO, "报送单位", 200);
    LocalDate issued = round.getIssueDate();
    LocalDate on = in.requiredDateAfter(REPORTED_ON, "报送日期", issued.minusDays(1), CampaignClock.today(),
        "报送日期不能早于通报印发日期 " + issued);
    String method = in.requiredOneOf(REPORT_METHOD, "报送方式", METHODS);
    String number = in.optionalText(REPORT_NUMBER, "报送文号", 100);
    String note = in.optionalText(REPORT_NOTE, "备注", 2000);
    round.reported(new UpwardReport(to, on, method, number, note), TaskInput.actor(task), CampaignClock.now());
    // kept on the round; as process variables the units' signing tasks could read them
    for (ProcessVariable<?> field : List.of(REPORTED_TO, REPORTED_ON, REPORT_METHOD, REPORT_NUMBER, REPORT_NOTE)) {
      field.remove(task);
    }
    audit.record(AuditEntry.of(AuditAction.REPORTED_UPWARD, AuditSubject.SUPERVISION_ROUND, round.getId()).task(task)
        .campaign(round.getCampaignId()).detail(on + " 以" + method + "报送" + to + (number == null ? "" : "（" + number + "）")));
  }
}
