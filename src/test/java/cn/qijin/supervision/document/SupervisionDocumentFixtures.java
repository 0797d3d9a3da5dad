package cn.qijin.supervision.document;

import cn.qijin.supervision.ComplianceMatrix;
import cn.qijin.supervision.NoticeContent;
import cn.qijin.supervision.QuarterFigures;
import cn.qijin.supervision.QuarterSummary;
import cn.qijin.supervision.UnitQuarterRow;
import cn.qijin.supervision.VenueQuarterSummary;
import cn.qijin.kernel.Venue;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Instant;
import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * A quarter summed up by hand: 企业 with three units (listed out of rank order), 学校 with two, 机关 with none,
 * and a compliance matrix with every obligation state and one quarter without an obligation.
 */
final class SupervisionDocumentFixtures {

  static final String ISSUER = "某区安全生产宣传教育“七进”活动领导小组办公室";
  static final Path OUTPUT = Path.of("target", "supervision-documents");

  // units, checklistItems, checklistAccepted, obligations, onTime, late, overdue, exempted, pending, evidence, escalations
  static final UnitQuarterRow E1 = unit("E001", "区安全生产示范企业甲", Venue.ENTERPRISE, 1,
      new QuarterFigures(1, 10, 10, 2, 2, 0, 0, 0, 0, 12, 0), 0, null);
  static final UnitQuarterRow E2 = unit("E002", "宏达机械制造有限公司", Venue.ENTERPRISE, 2,
      new QuarterFigures(1, 8, 6, 2, 1, 1, 0, 0, 0, 5, 1), 1, "办公室督办");
  static final UnitQuarterRow E3 = unit("E003", "城东化工有限公司", Venue.ENTERPRISE, 3,
      new QuarterFigures(1, 6, 3, 3, 0, 1, 1, 1, 0, 2, 3), 2, "领导小组督办");
  static final QuarterFigures ENTERPRISE_TOTALS = new QuarterFigures(3, 24, 19, 7, 3, 2, 1, 1, 0, 19, 4);

  static final UnitQuarterRow S1 = unit("S001", "实验小学", Venue.SCHOOL, 1,
      new QuarterFigures(1, 4, 4, 1, 1, 0, 0, 0, 0, 3, 0), 0, null);
  static final UnitQuarterRow S2 = unit("S002", "第二中学", Venue.SCHOOL, 2,
      new QuarterFigures(1, 4, 2, 2, 0, 0, 1, 0, 1, 1, 2), 1, "办公室督办");
  static final QuarterFigures SCHOOL_TOTALS = new QuarterFigures(2, 8, 6, 3, 1, 0, 1, 0, 1, 4, 2);

  static final QuarterFigures CAMPAIGN_TOTALS = new QuarterFigures(5, 32, 25, 10, 4, 2, 2, 1, 1, 23, 6);

  private SupervisionDocumentFixtures() {}

  static QuarterSummary summary() {
    return summary(List.of(
        new VenueQuarterSummary(Venue.ENTERPRISE, ENTERPRISE_TOTALS, List.of(E3, E1, E2)),
        new VenueQuarterSummary(Venue.SCHOOL, SCHOOL_TOTALS, List.of(S1, S2)),
        new VenueQuarterSummary(Venue.ORGAN, QuarterFigures.ZERO, List.of())), CAMPAIGN_TOTALS, matrix());
  }

  static QuarterSummary summary(List<VenueQuarterSummary> venues, QuarterFigures totals, ComplianceMatrix matrix) {
    return new QuarterSummary(7L, "2026年安全生产宣传教育“七进”活动", ISSUER, "2026Q4", "2026年第四季度",
        LocalDate.of(2026, 10, 1), LocalDate.of(2026, 12, 31), Instant.parse("2027-01-08T01:30:00Z"), venues,
        totals, matrix);
  }

  static ComplianceMatrix matrix() {
    return new ComplianceMatrix(
        List.of(new ComplianceMatrix.Column("2026Q3", "2026年第三季度"),
            new ComplianceMatrix.Column("2026Q4", "2026年第四季度")),
        List.of(
            row("E001", "区安全生产示范企业甲", "企业", "ENT-5", "已履行", "已履行"),
            row("E002", "宏达机械制造有限公司", "企业", "ENT-5", "逾期履行", "即将到期"),
            row("E003", "城东化工有限公司", "企业", "ENT-5", "已督办", "已逾期"),
            row("S001", "实验小学", "学校", "SCH-1", "已豁免", "进行中"),
            row("S002", "第二中学", "学校", "SCH-1", null, "未开始"),
            row("S002", "第二中学", "学校", "SCH-2", null, "已延期")));
  }

  static NoticeContent notice() {
    return new NoticeContent(ISSUER, "七进办〔2027〕1号",
        "关于2026年第四季度安全生产宣传教育“七进”活动开展情况的通报", LocalDate.of(2027, 1, 8), "各参与单位",
        List.of("2026年第四季度，各参与单位按照活动方案要求，扎实开展安全生产宣传教育“七进”活动。",
            "办公室对各单位季度任务履行、检查项销号和佐证材料报送情况进行了汇总梳理，现将有关情况通报如下。",
            "请各单位对照排名查找差距，逾期未履行的单位于2027年1月20日前完成整改并报送佐证材料。"),
        List.of("区安全生产示范企业甲", "实验小学"),
        List.of(new NoticeContent.NamedUnit("城东化工有限公司", "季度事故警示教育逾期未履行，经领导小组督办"),
            new NoticeContent.NamedUnit("第二中学", "季度任务逾期未履行。")),
        List.of("2026年第四季度各场所单位排名", "2026年第四季度汇总表（电子表格，另发）"));
  }

  /** Keeps a copy under target/supervision-documents for a person to open. */
  static void keep(String fileName, ByteArrayOutputStream bytes) throws IOException {
    Files.createDirectories(OUTPUT);
    Files.write(OUTPUT.resolve(fileName), bytes.toByteArray());
  }

  private static UnitQuarterRow unit(String code, String name, Venue venue, int rank, QuarterFigures figures,
      int level, String levelName) {
    return new UnitQuarterRow(code, name, venue, rank, figures, level, levelName);
  }

  private static ComplianceMatrix.Row row(String unitCode, String unitName, String venue, String obligation,
      String q3, String q4) {
    Map<String, String> cells = new LinkedHashMap<>();
    if (q3 != null) {
      cells.put("2026Q3", q3);
    }
    cells.put("2026Q4", q4);
    return new ComplianceMatrix.Row(unitCode, unitName, venue, obligation, cells);
  }
}
