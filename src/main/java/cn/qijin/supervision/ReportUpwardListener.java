package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.REPORTED_ON;
import static cn.qijin.kernel.process.ProcessVariables.REPORTED_TO;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_METHOD;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_NOTE;
import static cn.qijin.kernel.process.ProcessVariables.REPORT_NUMBER;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.TaskInput;
import cn.qijin.kernel.process.ProcessVariable;
import cn.qijin.supervision.internal.SupervisionRound;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import cn.qijin.audit.ProcessStep;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** ORG-2 上报: the office records when, to whom, how and under which number the summary went upward. */
@Component("reportUpwardListener")
public class ReportUpwardListener implements TaskListener {

  static final Set<String> METHODS = Set.of("公文交换", "电子政务平台", "电子邮件", "纸质报送");

  private final SupervisionRoundSteps steps;

  public ReportUpwardListener(SupervisionRoundSteps steps) {
    this.steps = steps;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    LocalDate issued = steps.issueDateOf(task.getProcessInstanceId());
    String to = in.requiredText(REPORTED_TO, "报送单位", 200);
    LocalDate on = in.requiredDateAfter(REPORTED_ON, "报送日期", issued.minusDays(1), CampaignClock.today(),
        "报送日期不能早于通报印发日期 " + issued);
    String method = in.requiredOneOf(REPORT_METHOD, "报送方式", METHODS);
    String number = in.optionalText(REPORT_NUMBER, "报送文号", 100);
    String note = in.optionalText(REPORT_NOTE, "备注", 2000);
    steps.reportUpward(task.getProcessInstanceId(), new UpwardReport(to, on, method, number, note),
        ProcessStep.ofTask(task));
    // kept on the round; as process variables the units' signing tasks could read them
    for (ProcessVariable<?> field : List.of(REPORTED_TO, REPORTED_ON, REPORT_METHOD, REPORT_NUMBER, REPORT_NOTE)) {
      field.remove(task);
    }
  }
}
