package cn.qijin.dashboard;

import cn.qijin.mobilisation.AcknowledgementStatus;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * What the supervisors' dashboard in Cockpit (七进督导看板) shows for one campaign and quarter: the phases with
 * today, the unit × quarter compliance matrix with a colour per cell, per venue the checklist items accepted and
 * the quarter's obligations fulfilled, and the units still overdue with their escalation level (ORG-1, ORG-2,
 * PH-1..PH-3, REC-1, REC-2), the units that have not signed the work plan (未签收单位, PH-1), and what waits for
 * the office's review with its due date (ORG-2, REC-2). {@code today} is the campaign clock's day in Asia/Shanghai;
 * {@code mayExempt} says whether the reader is the office, which may exempt a unit from a matrix cell (REC-3).
 */
public record Dashboard(CampaignInfo campaign, LocalDate today, QuarterInfo quarter, List<QuarterInfo> quarters,
    List<PhaseSpan> phases, List<LegendEntry> legend, List<MatrixRow> matrix, List<VenueProgress> venues,
    List<OverdueUnit> overdue, List<AcknowledgementStatus.Unsigned> unacknowledged, List<PendingReview> reviews,
    boolean mayExempt) {

  public record CampaignInfo(Long id, String name, String issuer, String status, String statusName, String phase,
      String phaseName) {}

  /** A quarter of the campaign; {@code current} when it holds today. */
  public record QuarterInfo(String code, String name, LocalDate start, LocalDate end, boolean current) {}

  /** PH-1 部署发动, PH-2 组织实施, PH-3 巩固提升 with their days and where today stands (DONE, CURRENT, UPCOMING). */
  public record PhaseSpan(String code, String name, LocalDate start, LocalDate end, String state, String stateName) {}

  public record LegendEntry(String tone, String label) {}

  /**
   * One obligated unit and obligation. A quarterly one (ENT-5, ORG-V1) has {@code cells} by quarter code, absent
   * where nothing is owed; a monthly one (COM-2, PUB-2, {@code recurrence} MONTH) has instead, per quarter code,
   * the cells of that quarter's months in order ({@code months}).
   */
  public record MatrixRow(String unitCode, String unitName, String venueName, String obligationCode,
      Map<String, Cell> cells, String recurrence, String recurrenceName, Map<String, List<Cell>> months) {}

  /** One obligation; {@code period} and {@code periodName} are its quarter's or month's (2017-07, 2017年7月). */
  public record Cell(Long obligationId, String state, String stateName, String tone, int escalationLevel,
      LocalDate dueDate, boolean extended, String processInstanceId, String period, String periodName,
      String periodShortName) {}

  /**
   * One venue's participating units: checklist items accepted (销号) by the end of the quarter out of all their
   * items, and the quarter's obligations fulfilled (on time or late) out of those owed (exempted ones left out).
   */
  public record VenueProgress(String venue, String venueName, int units, int checklistAccepted, int checklistTotal,
      int obligationsFulfilled, int obligationsOwed, int obligationsExempted) {}

  /**
   * An obligation of the chosen quarter or an earlier one that is still open past its due date, with the highest
   * level of the escalation ladder it reached (0 before the first step) and the days since its due day.
   */
  public record OverdueUnit(Long obligationId, String unitCode, String unitName, String venueName,
      String obligationCode, String quarter, String quarterName, LocalDate dueDate, long daysOverdue,
      int escalationLevel, String escalationName, String escalationAction, String processInstanceId, String period,
      String periodName) {}

  /**
   * ORG-2, REC-2: a unit's submission waiting for the office — a quarterly session (审核季度活动) or a checklist item
   * (审核落实情况) — with the office's due day; {@code daysOverdue} > 0 once that day has passed. While it waits the
   * unit is not reminded or escalated.
   */
  public record PendingReview(String kind, String kindName, String unitCode, String unitName, String subject,
      LocalDate submittedOn, LocalDate reviewDueDate, long daysOverdue, String processInstanceId) {}
}
