package cn.qijin.supervision;

import cn.qijin.kernel.Venue;

/**
 * One unit's line in the quarterly summary. {@code rankInVenue} starts at 1; {@code maxEscalationLevel} is 0
 * when no escalation was reached, with {@code maxEscalationName} then null.
 */
public record UnitQuarterRow(String unitCode, String unitName, Venue venue, int rankInVenue, QuarterFigures figures,
    int maxEscalationLevel, String maxEscalationName) {}
