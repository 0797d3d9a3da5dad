package cn.qijin.supervision.document;

import cn.qijin.obligation.ObligationState;
import java.util.Optional;

/** The fill of a compliance matrix cell by the obligation's state: green done, amber late or close, red overdue. */
enum StateFill {
  GREEN("C6EFCE"),
  AMBER("FFEB9C"),
  RED("FFC7CE"),
  GREY("D9D9D9");

  private final String rgb;

  StateFill(String rgb) {
    this.rgb = rgb;
  }

  /** Six hex digits, RRGGBB. */
  String rgb() {
    return rgb;
  }

  /** The fill for a state's Chinese name; none for open, not started, extended or an unknown name. */
  static Optional<StateFill> of(String stateName) {
    for (ObligationState state : ObligationState.values()) {
      if (state.chineseName().equals(stateName)) {
        return of(state);
      }
    }
    return Optional.empty();
  }

  static Optional<StateFill> of(ObligationState state) {
    return Optional.ofNullable(switch (state) {
      case FULFILLED, SUBMITTED -> GREEN;
      case FULFILLED_LATE, DUE_SOON, SUBMITTED_LATE -> AMBER;
      case OVERDUE, ESCALATED -> RED;
      case EXEMPTED -> GREY;
      case NOT_STARTED, OPEN, EXTENDED -> null;
    });
  }
}
