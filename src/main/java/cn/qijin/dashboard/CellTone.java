package cn.qijin.dashboard;

import cn.qijin.obligation.ObligationState;
import java.util.Arrays;
import java.util.List;

/**
 * The colour of a unit × quarter cell on the supervisors' dashboard (REC-1, REC-2): what needs no attention
 * (green), what needs watching (amber), what is behind (red), what is off the books (grey), and the rest.
 */
public enum CellTone {
  GREEN(List.of(ObligationState.FULFILLED, ObligationState.SUBMITTED)),
  AMBER(List.of(ObligationState.DUE_SOON, ObligationState.FULFILLED_LATE, ObligationState.SUBMITTED_LATE)),
  RED(List.of(ObligationState.OVERDUE, ObligationState.ESCALATED)),
  GREY(List.of(ObligationState.EXEMPTED)),
  NEUTRAL(List.of(ObligationState.NOT_STARTED, ObligationState.OPEN, ObligationState.EXTENDED));

  private final List<ObligationState> states;

  CellTone(List<ObligationState> states) {
    this.states = states;
  }

  public static CellTone of(ObligationState state) {
    return Arrays.stream(values()).filter(t -> t.states.contains(state)).findFirst()
        .orElseThrow(() -> new IllegalStateException("No tone for obligation state " + state));
  }

  /** "即将到期、逾期履行" */
  public String legendLabel() {
    return String.join("、", states.stream().map(ObligationState::chineseName).toList());
  }

  public List<ObligationState> states() {
    return states;
  }
}
