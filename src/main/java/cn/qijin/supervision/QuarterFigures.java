package cn.qijin.supervision;

/**
 * The counts the office aggregates for one unit, one venue or the whole campaign in a quarter (ORG-2 汇总).
 * Obligations are those of the quarter (REC-1): on time, late, overdue (open past due), exempted, pending
 * (open, not yet due, e.g. extended); checklist items are the unit's PH-2 items, accepted by the quarter's end;
 * evidence files are those added within the quarter; escalations are the ladder steps reached by the quarter's
 * obligations (REC-2).
 */
public record QuarterFigures(int units, int checklistItems, int checklistAccepted, int obligations, int onTime,
    int late, int overdue, int exempted, int pending, int evidenceFiles, int escalations) {

  public static final QuarterFigures ZERO = new QuarterFigures(0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);

  public QuarterFigures plus(QuarterFigures o) {
    return new QuarterFigures(units + o.units, checklistItems + o.checklistItems,
        checklistAccepted + o.checklistAccepted, obligations + o.obligations, onTime + o.onTime, late + o.late,
        overdue + o.overdue, exempted + o.exempted, pending + o.pending, evidenceFiles + o.evidenceFiles,
        escalations + o.escalations);
  }

  /** Whether any obligation of the quarter was owed (neither exempted nor still before its due date). */
  public boolean owesObligations() {
    return obligations - exempted - pending > 0;
  }

  /** Share of the quarter's obligations fulfilled (on time or late), exemptions left out; 1.0 when none is due. */
  public double fulfilmentRate() {
    int owed = obligations - exempted - pending;
    return owed <= 0 ? 1.0 : (onTime + late) / (double) owed;
  }

  /** Share of checklist items accepted; 1.0 when the unit has none. */
  public double checklistRate() {
    return checklistItems == 0 ? 1.0 : checklistAccepted / (double) checklistItems;
  }
}
