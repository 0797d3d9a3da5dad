package cn.qijin.obligation;

import static cn.qijin.kernel.process.ProcessVariables.OBLIGATION_CODE;

import cn.qijin.kernel.CampaignClock;
import java.time.LocalDate;
import java.util.Comparator;
import java.util.Date;
import java.util.List;
import org.camunda.bpm.engine.DecisionService;
import org.springframework.stereotype.Component;

/**
 * REC-2: the escalation ladder comes from the DMN table obligation_escalation (bpmn/), which the
 * office may change in Camunda Modeler; this turns its rows into moments for the process timers.
 */
@Component
public class EscalationPolicy {

  public static final String DECISION = "obligation_escalation";

  public record Step(int level, String name, int daysOverdue) {

    /** 00:00 Shanghai of the day {@code daysOverdue} after the first day past the due day. */
    public Date at(LocalDate dueDay) {
      return CampaignClock.startOfDay(dueDay.plusDays(1L + daysOverdue));
    }
  }

  private final DecisionService decisions;

  public EscalationPolicy(DecisionService decisions) {
    this.decisions = decisions;
  }

  public List<Step> ladder(String obligationCode) {
    var result = decisions.evaluateDecisionTableByKey(DECISION, OBLIGATION_CODE.with(obligationCode));
    List<Step> steps = result.getResultList().stream()
        .map(row -> new Step(((Number) row.get("level")).intValue(), (String) row.get("levelName"),
            ((Number) row.get("daysOverdue")).intValue()))
        .sorted(Comparator.comparingInt(Step::level))
        .toList();
    if (steps.stream().map(Step::level).toList().equals(List.of(1, 2, 3))) {
      return steps;
    }
    throw new IllegalStateException("DMN " + DECISION + " must give exactly levels 1, 2 and 3 for " + obligationCode
        + ", got " + steps);
  }

  public Step step(String obligationCode, int level) {
    return ladder(obligationCode).get(level - 1);
  }
}
