package cn.qijin.launch;

import java.time.LocalDate;
import java.util.List;

/**
 * What a proposal comes to (issue 14 part 3): its faults, the phases, every recurring obligation's periods with their
 * due dates (REC-1: from the start of PH-2 to the end of PH-3), and how many units and items each venue gets.
 */
public record Preview(List<String> problems, List<PhaseRow> phases, List<ObligationRow> obligations,
    List<VenueCount> venues, int unitCount, int itemCount) {

  public record PhaseRow(String phase, String name, LocalDate start, LocalDate end, long days) {}

  public record ObligationRow(String code, String title, String venueName, String kind, List<PeriodDue> periods) {}

  public record PeriodDue(String code, String name, LocalDate start, LocalDate dueDate) {}

  /** Units serving the venue (primary or additional) and the venue's checklist items. */
  public record VenueCount(String venue, String venueName, int units, int items) {}
}
