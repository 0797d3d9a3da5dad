package cn.qijin.supervision;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/**
 * What the office aggregates for a campaign's quarter (ORG-2 汇总, PH-2 regular exchange and summary): per venue
 * (in the seven venues' order) the units ranked, the totals, and the unit × quarter matrix.
 */
public record QuarterSummary(Long campaignId, String campaignName, String issuer, String quarterCode,
    String quarterName, LocalDate periodStart, LocalDate periodEnd, Instant generatedAt,
    List<VenueQuarterSummary> venues, QuarterFigures totals, ComplianceMatrix matrix) {

  /** How units are ranked within a venue, as the 通报 and the workbook state it. */
  public static final String RANKING_RULE =
      "排名依据：逾期未履行次数由少到多，季度任务完成率由高到低，检查项销号率由高到低，佐证材料数量由多到少";
}
