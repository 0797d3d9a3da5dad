package cn.qijin.checklist;

import java.time.LocalDate;
import java.util.List;

/**
 * One unit's checklist in a campaign as the office and the unit see it (issue 11): every item once, with its
 * venue; an item carried by recurring obligations shows “由周期任务承载” and the state of those obligations.
 */
public record UnitChecklistView(Long campaignId, String unitCode, String unitName, List<String> venueNames,
    List<Item> items) {

  /** How an item is carried out. */
  public enum Kind {
    /** 落实检查项 → 审核落实情况. */
    TASK,
    /** By the unit's recurring obligations of the same code (ENT-5, ORG-V1). */
    RECURRING
  }

  public static final String CARRIED_BY_OBLIGATIONS = "由周期任务承载";

  /** {@code state}/{@code stateName}: the checklist task's progress, or for a recurring item {@code RECURRING}. */
  public record Item(String code, String title, String venue, String venueName, boolean forAllUnits, Kind kind,
      String state, String stateName, Obligations obligations) {}

  /** The recurring obligations that carry an item: counts by state and every period's state. */
  public record Obligations(int total, int fulfilled, int pending, int overdue, int exempted, List<Period> periods) {}

  public record Period(Long obligationId, String period, String periodName, LocalDate dueDate, String state,
      String stateName) {}
}
