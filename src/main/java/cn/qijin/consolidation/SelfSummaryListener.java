package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.SUMMARY_HIGHLIGHTS;
import static cn.qijin.kernel.process.ProcessVariables.SUMMARY_PROBLEMS;
import static cn.qijin.kernel.process.ProcessVariables.SUMMARY_TEXT;

import cn.qijin.audit.ProcessStep;
import cn.qijin.common.TaskInput;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** PH-3: keeps a unit's self-summary (自查总结). */
@Component("selfSummaryListener")
public class SelfSummaryListener implements TaskListener {

  private final SelfSummaries summaries;

  public SelfSummaryListener(SelfSummaries summaries) {
    this.summaries = summaries;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String text = in.requiredText(SUMMARY_TEXT, "自查总结", 4000);
    String highlights = in.optionalText(SUMMARY_HIGHLIGHTS, "典型经验和做法", 4000);
    String problems = in.optionalText(SUMMARY_PROBLEMS, "存在的问题及改进措施", 4000);
    summaries.keep(task.getExecution().getProcessBusinessKey(),
        new SelfSummaries.Written(text, highlights, problems), ProcessStep.ofTask(task));
  }
}
