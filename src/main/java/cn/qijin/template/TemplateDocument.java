package cn.qijin.template;

import cn.qijin.venue.Theme;
import cn.qijin.venue.Venue;
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
    List<Obligation> obligations) {

  public record PhaseDates(String name, LocalDate start, LocalDate end) {}

  public record Item(String code, String title, String description, Set<Theme> themes) {}

  public record Obligation(String code, Venue venue, String period, int minCount, String title, Set<Theme> themes) {}

  public PhaseDates phase(String key) {
    PhaseDates dates = phases == null ? null : phases.get(key);
    if (dates == null) {
      throw new IllegalStateException("Template " + code + " v" + version + " has no phase " + key);
    }
    return dates;
  }
}
