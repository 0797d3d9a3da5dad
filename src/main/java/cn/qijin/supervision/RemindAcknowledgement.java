package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.ROUND_ID;
import static cn.qijin.kernel.process.ProcessVariables.UNITS_REMINDED;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Units have not all signed the 通报 by the due day: remind those that have not (and the office once late). */
@Component("remindAcknowledgement")
public class RemindAcknowledgement implements JavaDelegate {

  private final SupervisionRounds rounds;
  private final Circulation circulation;

  public RemindAcknowledgement(SupervisionRounds rounds, Circulation circulation) {
    this.rounds = rounds;
    this.circulation = circulation;
  }

  @Override
  public void execute(DelegateExecution execution) {
    int reminded = circulation.remindUnsigned(rounds.byId(ROUND_ID.get(execution)));
    UNITS_REMINDED.set(execution, reminded);
  }
}
