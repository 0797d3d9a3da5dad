package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.ROUND_ID;

import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/** Every unit has signed and the report is on record: the quarter's round is complete. */
@Component("closeRound")
public class CloseRound implements JavaDelegate {

  private final SupervisionRounds rounds;

  public CloseRound(SupervisionRounds rounds) {
    this.rounds = rounds;
  }

  @Override
  public void execute(DelegateExecution execution) {
    rounds.byId(ROUND_ID.get(execution)).completed();
  }
}
