package cn.qijin.template;

import cn.qijin.kernel.Theme;
import cn.qijin.kernel.Venue;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** A campaign template as written in campaign-templates/*.yaml. */
public record TemplateDocument(
    String code,
    int version,
    String name,
    String issuer,
    String documentNumber,
    Map<String, PhaseDates> phases,
    Map<Venue, List<Item>> venues,
    List<Obligation> obligations,
    Reminders reminders,
    Review review) {

  /** REC-2: when the unit is reminded of an obligation, relative to its due day. */
  public record Reminders(List<Integer> daysBefore, boolean onDueDay, int repeatEveryDaysAfter, int hour) {

    public static final Reminders DEFAULT = new Reminders(List.of(14, 3), true, 7, 9);
  }

  public Reminders remindersOrDefault() {
    return reminders == null ? Reminders.DEFAULT : reminders;
  }

  /**
   * REC-2, ORG-2: the office's review of a submission is due {@code days} (working days when
   * {@code workingDays}) after it arrives, with reminders every {@code reminderEveryDays} from that day;
   * a returned submission leaves the unit {@code graceDays}.
   */
  public record Review(int days, boolean workingDays, int reminderEveryDays, int graceDays) {

    public static final Review DEFAULT = new Review(5, true, 2, 5);
  }

  public Review reviewOrDefault() {
    return review == null ? Review.DEFAULT : review;
  }

  public record PhaseDates(String name, LocalDate start, LocalDate end) {}

  /** A checklist item; {@code allUnits} puts it on every participating unit's checklist (FAM-1). */
  public record Item(String code, String title, String description, Set<Theme> themes, boolean allUnits) {}

  /**
   * A recurring obligation: {@code period} QUARTER or MONTH; {@code reminders}, when given, replace the
   * template's for this obligation (a monthly one is reminded closer to its due day).
   */
  public record Obligation(String code, Venue venue, String period, int minCount, String title, Set<Theme> themes,
      Reminders reminders) {

    public Reminders remindersOr(Reminders templateReminders) {
      return reminders == null ? templateReminders : reminders;
    }
  }

  /** This template with another checklist (the office's, issue 14 part 3). */
  public TemplateDocument withVenues(Map<Venue, List<Item>> otherVenues) {
    return new TemplateDocument(code, version, name, issuer, documentNumber, phases, otherVenues, obligations, reminders,
        review);
  }

  public PhaseDates phase(String key) {
    PhaseDates dates = phases == null ? null : phases.get(key);
    if (dates == null) {
      throw new IllegalStateException("Template " + code + " v" + version + " has no phase " + key);
    }
    return dates;
  }
}
