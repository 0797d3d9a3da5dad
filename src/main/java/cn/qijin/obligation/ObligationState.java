package cn.qijin.obligation;

import java.time.Instant;

/**
 * How an obligation looks to the office at a moment (the unit × quarter matrix). "Due soon" starts when the
 * template's first reminder goes out: 14 days before a quarterly deadline, 3 days before a monthly one.
 */
public enum ObligationState {
  NOT_STARTED("未开始"),
  OPEN("进行中"),
  DUE_SOON("即将到期"),
  EXTENDED("已延期"),
  OVERDUE("已逾期"),
  ESCALATED("已督办"),
  SUBMITTED("已提交待审核"),
  SUBMITTED_LATE("逾期提交待审核"),
  FULFILLED("已履行"),
  FULFILLED_LATE("逾期履行"),
  EXEMPTED("已豁免");

  private final String chineseName;

  ObligationState(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  public static ObligationState of(Obligation o, Instant now, Instant periodStartAt) {
    return switch (o.getStatus()) {
      case FULFILLED -> FULFILLED;
      case FULFILLED_LATE -> FULFILLED_LATE;
      case EXEMPTED -> EXEMPTED;
      case OPEN -> {
        if (o.isAwaitingReview()) {
          yield Boolean.TRUE.equals(o.getSubmittedOnTime()) ? SUBMITTED : SUBMITTED_LATE;
        }
        if (now.isAfter(o.getDeadlineAt())) {
          yield o.getEscalationLevel() > 0 ? ESCALATED : OVERDUE;
        }
        if (now.isBefore(periodStartAt)) {
          yield NOT_STARTED;
        }
        if (!now.isBefore(o.getDeadlineAt().minus(o.period().recurrence().dueSoonWindow()))) {
          yield DUE_SOON;
        }
        yield o.isExtended() ? EXTENDED : OPEN;
      }
    };
  }
}
