package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.DUE_DATE;
import static cn.qijin.kernel.process.ProcessVariables.OBLIGATION_CODE;
import static cn.qijin.kernel.process.ProcessVariables.OBLIGATION_TITLE;
import static cn.qijin.kernel.process.ProcessVariables.PERIOD_KIND;
import static cn.qijin.kernel.process.ProcessVariables.PERIOD_NAME;
import static cn.qijin.kernel.process.ProcessVariables.QUARTER_NAME;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_NAME;

import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * Names the obligation's tasks so that Tasklist shows what, for which period and unit: 季度任务 ENT-5 2017年第三季度,
 * 月度任务 COM-2 2017年7月. Instances started before periods had names (issue 11 point 7) are quarterly.
 */
@Component("obligationTaskNamer")
public class ObligationTaskNamer implements TaskListener {

  @Override
  public void notify(DelegateTask task) {
    String periodName = (String) orElse(PERIOD_NAME.orNull(task), QUARTER_NAME.orNull(task));
    String kind = (String) orElse(PERIOD_KIND.orNull(task), "季度");
    String what = OBLIGATION_CODE.orNull(task) + " " + periodName;
    String unit = "（" + UNIT_NAME.orNull(task) + "）";
    String name = switch (task.getTaskDefinitionKey()) {
      case "RecordSessionTask" -> kind + "任务 " + what + "：" + OBLIGATION_TITLE.orNull(task);
      case "ReviewSessionTask" -> "审核" + kind + "活动 " + what + unit;
      case "DecideExtensionTask" -> "审批延期申请 " + what + unit;
      case "UrgeUnitTask" -> "橙色督办 " + what + unit;
      case "TalkWithUnitTask" -> "红色约谈 " + what + unit;
      default -> task.getName();
    };
    task.setName(name);
    task.setDescription(OBLIGATION_TITLE.orNull(task) + "，到期日 " + DUE_DATE.orNull(task));
  }

  private static Object orElse(Object value, Object fallback) {
    return value != null ? value : fallback;
  }
}
