package cn.qijin.supervision;

import cn.qijin.kernel.Venue;
import java.util.List;

/** One venue's units, ranked (rank 1 first), and their totals. */
public record VenueQuarterSummary(Venue venue, QuarterFigures totals, List<UnitQuarterRow> units) {}
