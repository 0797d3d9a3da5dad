package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.DRAFT_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.OVERDUE_OBLIGATIONS;
import static cn.qijin.kernel.process.ProcessVariables.ROUND_ID;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.Quarter;
import cn.qijin.supervision.internal.SupervisionRound;
import org.camunda.bpm.engine.delegate.DelegateExecution;
import org.camunda.bpm.engine.delegate.JavaDelegate;
import org.springframework.stereotype.Component;

/**
 * ORG-2 汇总: aggregates the quarter and keeps the result on the round, so that the 通报, the workbook and the
 * report show the figures the office sorted and the leadership group approved, not later ones.
 */
@Component("aggregateQuarter")
public class AggregateQuarter implements JavaDelegate {

  private final QuarterAggregator aggregator;
  private final SupervisionRounds rounds;
  private final SupervisionProperties properties;

  public AggregateQuarter(QuarterAggregator aggregator, SupervisionRounds rounds, SupervisionProperties properties) {
    this.aggregator = aggregator;
    this.rounds = rounds;
    this.properties = properties;
  }

  @Override
  public void execute(DelegateExecution execution) {
    SupervisionRound round = rounds.byId(ROUND_ID.get(execution));
    QuarterSummary summary = aggregator.summarise(round.getCampaignId(), Quarter.parse(round.getQuarterCode()));
    round.summarised(rounds.write(summary), summary.generatedAt());
    DRAFT_DUE_AT.set(execution, CampaignClock.endOfDay(CampaignClock.today().plusDays(properties.draftDays())));
    OVERDUE_OBLIGATIONS.set(execution, summary.totals().overdue());
  }
}
