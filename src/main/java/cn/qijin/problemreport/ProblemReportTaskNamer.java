package cn.qijin.problemreport;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.unit.Units;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** Names a report's tasks after the problem (and, for the office and leadership group, the unit) in Tasklist. */
@Component("problemReportTaskNamer")
public class ProblemReportTaskNamer implements TaskListener {

  private final ProblemReportRepository reports;
  private final Units units;

  public ProblemReportTaskNamer(ProblemReportRepository reports, Units units) {
    this.reports = reports;
    this.units = units;
  }

  @Override
  public void notify(DelegateTask task) {
    ProblemReport report = reports.ofProcess(task.getProcessInstanceId());
    String unitName = units.find(report.getUnitId()).orElseThrow().getName();
    task.setName(switch (task.getTaskDefinitionKey()) {
      case ProblemReportProcess.HANDLE_TASK -> "处理上报问题：" + report.getTitle() + "（" + unitName + "）";
      case ProblemReportProcess.DECIDE_TASK -> "领导小组研究决定：" + report.getTitle() + "（" + unitName + "）";
      default -> "阅知问题答复：" + report.getTitle();
    });
  }
}
