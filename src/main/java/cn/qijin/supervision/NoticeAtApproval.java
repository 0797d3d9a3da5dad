package cn.qijin.supervision;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Quarter;
import cn.qijin.supervision.internal.SupervisionRound;
import java.time.Instant;
import org.springframework.stereotype.Component;

/**
 * ORG-2 通报 as of the leadership group's approval (issue 11, point 10): the quarter aggregated again at that
 * moment and the draft brought up to it ({@link NoticeRefresh}); the round then keeps that summary, so the
 * circulated notice, its ranking and the workbook show the state when the notice was approved (统计截至).
 */
@Component
class NoticeAtApproval {

  private final QuarterAggregator aggregator;
  private final SupervisionRounds rounds;

  NoticeAtApproval(QuarterAggregator aggregator, SupervisionRounds rounds) {
    this.aggregator = aggregator;
    this.rounds = rounds;
  }

  /** What approving now would change, for the approval form; the round is left as it is. */
  NoticeRefresh.Refreshed preview(SupervisionRound round) {
    return NoticeRefresh.refresh(rounds.draftOf(round), rounds.summaryOf(round), current(round));
  }

  /**
   * Keeps the summary as of now and the refreshed notice on the round; refuses, in Chinese, a notice whose
   * office-written words no longer match the units' state.
   */
  void apply(SupervisionRound round, Instant at) {
    QuarterSummary current = current(round);
    NoticeRefresh.Refreshed refreshed = NoticeRefresh.refresh(rounds.draftOf(round), rounds.summaryOf(round), current);
    if (!refreshed.conflicts().isEmpty()) {
      throw new InvalidInputException("通报起草后情况已变化，以下内容与现在的情况不符，不能印发，请选择“退回修改”并说明："
          + String.join("；", refreshed.conflicts()) + "。");
    }
    round.refreshedForApproval(rounds.write(current), at, refreshed.notice().body(),
        rounds.write(refreshed.notice().named()));
  }

  /**
   * A returned notice is redrafted on the state at the return: the office's form shows the figures as of then,
   * and the next approval compares with them.
   */
  void resummarise(SupervisionRound round, Instant at) {
    round.resummarised(rounds.write(current(round)), at);
  }

  private QuarterSummary current(SupervisionRound round) {
    return aggregator.summarise(round.getCampaignId(), Quarter.parse(round.getQuarterCode()));
  }
}
