package cn.qijin.supervision.document;

import cn.qijin.supervision.ComplianceMatrix;
import cn.qijin.supervision.QuarterFigures;
import cn.qijin.supervision.QuarterSummary;
import cn.qijin.supervision.UnitQuarterRow;
import cn.qijin.supervision.VenueQuarterSummary;
import cn.qijin.kernel.Venue;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Checks the parts of a {@link QuarterSummary} a document renders. A summary whose totals disagree with its
 * rows, or whose counts do not add up, is an aggregation error: it is rejected rather than printed.
 */
final class SummaryCheck {

  private SummaryCheck() {}

  static void header(QuarterSummary summary) {
    Require.present(summary, "summary");
    Require.text(summary.campaignName(), "summary.campaignName");
    Require.text(summary.issuer(), "summary.issuer");
    Require.text(summary.quarterName(), "summary.quarterName");
    Require.present(summary.periodStart(), "summary.periodStart");
    Require.present(summary.periodEnd(), "summary.periodEnd");
    Require.that(!summary.periodEnd().isBefore(summary.periodStart()), "summary.periodEnd "
        + summary.periodEnd() + " is before summary.periodStart " + summary.periodStart());
    Require.present(summary.generatedAt(), "summary.generatedAt");
  }

  static void venues(QuarterSummary summary) {
    Require.present(summary, "summary");
    List<VenueQuarterSummary> venues = Require.notEmpty(summary.venues(), "summary.venues");
    Require.elements(venues, "summary.venues");
    Set<Venue> seen = EnumSet.noneOf(Venue.class);
    for (int v = 0; v < venues.size(); v++) {
      VenueQuarterSummary venue = venues.get(v);
      String path = "summary.venues[" + v + "]";
      Require.present(venue.venue(), path + ".venue");
      Require.that(seen.add(venue.venue()), path + ".venue " + venue.venue() + " appears twice");
      Require.elements(venue.units(), path + ".units");
      for (int u = 0; u < venue.units().size(); u++) {
        unit(venue.units().get(u), venue.venue(), path + ".units[" + u + "]");
      }
    }
  }

  static void totals(QuarterSummary summary) {
    QuarterFigures campaign = QuarterFigures.ZERO;
    for (int v = 0; v < summary.venues().size(); v++) {
      VenueQuarterSummary venue = summary.venues().get(v);
      String path = "summary.venues[" + v + "].totals";
      figures(venue.totals(), path);
      QuarterFigures units = venue.units().stream().map(UnitQuarterRow::figures)
          .reduce(QuarterFigures.ZERO, QuarterFigures::plus);
      Require.that(units.equals(venue.totals()),
          path + " " + venue.totals() + " differ from the sum of the venue's units " + units);
      campaign = campaign.plus(venue.totals());
    }
    figures(summary.totals(), "summary.totals");
    Require.that(campaign.equals(summary.totals()),
        "summary.totals " + summary.totals() + " differ from the sum of the venues' totals " + campaign);
  }

  static void matrix(QuarterSummary summary) {
    ComplianceMatrix matrix = Require.present(summary.matrix(), "summary.matrix");
    Require.elements(matrix.quarters(), "summary.matrix.quarters");
    Require.elements(matrix.rows(), "summary.matrix.rows");
    Set<String> codes = new HashSet<>();
    for (int q = 0; q < matrix.quarters().size(); q++) {
      ComplianceMatrix.Column column = matrix.quarters().get(q);
      String path = "summary.matrix.quarters[" + q + "]";
      Require.text(column.code(), path + ".code");
      Require.text(column.name(), path + ".name");
      Require.that(codes.add(column.code()), path + ".code " + column.code() + " appears twice");
    }
    for (int r = 0; r < matrix.rows().size(); r++) {
      ComplianceMatrix.Row row = matrix.rows().get(r);
      String path = "summary.matrix.rows[" + r + "]";
      Require.text(row.venueName(), path + ".venueName");
      Require.text(row.unitCode(), path + ".unitCode");
      Require.text(row.unitName(), path + ".unitName");
      Require.text(row.obligationCode(), path + ".obligationCode");
      Require.present(row.cells(), path + ".cells");
      row.cells().forEach((code, state) -> {
        Require.that(codes.contains(code), path + ".cells has quarter " + code + ", which is not a column");
        Require.text(state, path + ".cells[" + code + "]");
      });
    }
  }

  /** The venue's units by rank, rank 1 first; equal ranks keep their order. */
  static List<UnitQuarterRow> ranked(VenueQuarterSummary venue) {
    return venue.units().stream().sorted(Comparator.comparingInt(UnitQuarterRow::rankInVenue)).toList();
  }

  private static void unit(UnitQuarterRow unit, Venue venue, String path) {
    Require.text(unit.unitCode(), path + ".unitCode");
    Require.text(unit.unitName(), path + ".unitName");
    Require.that(unit.venue() == venue, path + ".venue " + unit.venue() + " is not the summary's venue " + venue);
    Require.that(unit.rankInVenue() >= 1, path + ".rankInVenue must be at least 1, not " + unit.rankInVenue());
    figures(unit.figures(), path + ".figures");
    Require.that(unit.maxEscalationLevel() >= 0,
        path + ".maxEscalationLevel must not be negative, not " + unit.maxEscalationLevel());
    if (unit.maxEscalationLevel() > 0) {
      Require.text(unit.maxEscalationName(), path + ".maxEscalationName (level " + unit.maxEscalationLevel() + ")");
    }
  }

  private static void figures(QuarterFigures f, String path) {
    Require.present(f, path);
    int[] counts = {f.units(), f.checklistItems(), f.checklistAccepted(), f.obligations(), f.onTime(), f.late(),
        f.overdue(), f.exempted(), f.pending(), f.evidenceFiles(), f.escalations()};
    for (int count : counts) {
      Require.that(count >= 0, path + " " + f + " has a negative count");
    }
    Require.that(f.checklistAccepted() <= f.checklistItems(),
        path + " " + f + " has more accepted checklist items than items");
    Require.that(f.onTime() + f.late() + f.overdue() + f.exempted() + f.pending() == f.obligations(), path + " " + f
        + ": onTime + late + overdue + exempted + pending must equal obligations");
  }
}
