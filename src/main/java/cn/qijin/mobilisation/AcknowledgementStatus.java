package cn.qijin.mobilisation;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * PH-1: who of a campaign's participating units has signed the work plan and who has not (未签收单位), with the
 * due date (end of PH-1) and, for those not signed, the days since it.
 */
public record AcknowledgementStatus(Long campaignId, LocalDate dueDate, List<Signed> acknowledged,
    List<Unsigned> unacknowledged) {

  public record Signed(String unitCode, String unitName, String signerName, String acknowledgedBy,
      Instant acknowledgedAt, boolean late) {}

  /** {@code daysOverdue} is 0 until the due day has passed. */
  public record Unsigned(String unitCode, String unitName, List<String> venueNames, LocalDate dueDate,
      long daysOverdue) {}
}
