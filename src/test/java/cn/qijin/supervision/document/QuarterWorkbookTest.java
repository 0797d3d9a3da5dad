package cn.qijin.supervision.document;

import static cn.qijin.supervision.document.SupervisionDocumentFixtures.CAMPAIGN_TOTALS;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.E1;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.E2;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.E3;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.ENTERPRISE_TOTALS;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.S1;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.S2;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.SCHOOL_TOTALS;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.matrix;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import cn.qijin.kernel.Venue;
import cn.qijin.supervision.ComplianceMatrix;
import cn.qijin.supervision.QuarterFigures;
import cn.qijin.supervision.QuarterSummary;
import cn.qijin.supervision.UnitQuarterRow;
import cn.qijin.supervision.VenueQuarterSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.IntStream;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataFormatter;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.xssf.usermodel.XSSFCell;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFSheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class QuarterWorkbookTest {

  // venue sheet columns
  private static final int RANK = 0, CODE = 1, NAME = 2, ITEMS = 3, ACCEPTED = 4, CHECKLIST_RATE = 5,
      OBLIGATIONS = 6, ON_TIME = 7, LATE = 8, OVERDUE = 9, EXEMPTED = 10, PENDING = 11, RATE = 12, EVIDENCE = 13,
      ESCALATIONS = 14, LEVEL = 15;

  private static XSSFWorkbook workbook;
  static final String REPORTED_BY = "台儿庄区经济和信息化局安全生产宣传教育“七进”活动办公室（办公室主任：吴振明）";

  @BeforeAll
  static void writeAndReadBack() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuarterWorkbook.write(summary(), REPORTED_BY, bytes);
    SupervisionDocumentFixtures.keep("2026Q4-汇总表.xlsx", bytes);
    workbook = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()));
  }

  @Test
  void sheetsAreTheSummaryThenOnePerVenueInOrderThenTheMatrix() {
    List<String> names = IntStream.range(0, workbook.getNumberOfSheets()).mapToObj(workbook::getSheetName).toList();
    assertThat(names).containsExactly("汇总", "企业", "学校", "机关", "单位×季度矩阵");
  }

  @Test
  void summarySheetStatesTheQuarterAndTheRankingRule() {
    XSSFSheet sheet = workbook.getSheet("汇总");
    List<String> texts = texts(sheet);
    assertThat(texts).contains("2026年安全生产宣传教育“七进”活动 2026年第四季度汇总表",
        SupervisionDocumentFixtures.ISSUER, "2026年第四季度（2026年10月1日至2026年12月31日）",
        "统计截至", "2027年1月8日 09:30（北京时间）", cn.qijin.supervision.QuarterSummary.RANKING_RULE);
    // ORG-2 (issue 14 part 2): who reports it upward, from the 组织机构 records
    assertThat(rowTexts(sheet.getRow(4))).containsExactly("报送单位", REPORTED_BY);
    assertThat(rowTexts(sheet.getRow(SummarySheet.HEADER_ROW))).containsExactly("场所", "参与单位数", "检查项数",
        "已销号", "销号率", "季度任务数", "按时履行", "逾期履行", "逾期未履行", "已豁免", "未到期", "完成率", "佐证材料数",
        "督办次数");
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getPaneInformation().getHorizontalSplitPosition()).isEqualTo((short) (SummarySheet.HEADER_ROW + 1));
  }

  @Test
  void summarySheetHasOneRowPerVenueAndTheCampaignTotal() {
    XSSFSheet sheet = workbook.getSheet("汇总");
    int first = SummarySheet.HEADER_ROW + 1;
    assertThat(sheet.getRow(first).getCell(0).getStringCellValue()).isEqualTo("企业");
    assertThat(sheet.getRow(first + 1).getCell(0).getStringCellValue()).isEqualTo("学校");
    assertThat(sheet.getRow(first + 2).getCell(0).getStringCellValue()).isEqualTo("机关");
    assertFigures(sheet.getRow(first), 1, ENTERPRISE_TOTALS);
    assertFigures(sheet.getRow(first + 1), 1, SCHOOL_TOTALS);
    assertFigures(sheet.getRow(first + 2), 1, QuarterFigures.ZERO);

    Row total = sheet.getRow(first + 3);
    assertThat(total.getCell(0).getStringCellValue()).isEqualTo("合计");
    assertFigures(total, 1, CAMPAIGN_TOTALS);
    assertThat(numeric(total.getCell(1))).isEqualTo(5);
    assertThat(numeric(total.getCell(2))).isEqualTo(32);
    assertThat(numeric(total.getCell(13))).isEqualTo(6);
    // (4 on time + 2 late) / (10 − 1 exempted − 1 pending)
    assertPercent(total.getCell(11), 0.75);
    assertPercent(total.getCell(4), 25 / 32.0);
    // an empty venue owes nothing: neither 0 % nor a misleading 100 %
    assertThat(sheet.getRow(first + 2).getCell(11).getStringCellValue()).isEqualTo("—");
  }

  @Test
  void venueSheetListsTheUnitsInRankOrderWithATotal() {
    XSSFSheet sheet = workbook.getSheet("企业");
    assertThat(rowTexts(sheet.getRow(VenueSheet.HEADER_ROW))).containsExactly("排名", "单位编码", "单位名称", "检查项数",
        "已销号", "销号率", "季度任务数", "按时履行", "逾期履行", "逾期未履行", "已豁免", "未到期", "完成率", "佐证材料数",
        "督办次数", "最高督办等级");
    int first = VenueSheet.HEADER_ROW + 1;
    List<UnitQuarterRow> ranked = List.of(E1, E2, E3);
    for (int i = 0; i < ranked.size(); i++) {
      Row row = sheet.getRow(first + i);
      assertThat(numeric(row.getCell(RANK))).isEqualTo(i + 1);
      assertThat(row.getCell(CODE).getStringCellValue()).isEqualTo(ranked.get(i).unitCode());
      assertThat(row.getCell(NAME).getStringCellValue()).isEqualTo(ranked.get(i).unitName());
      assertFigures(row, ITEMS - 1, ranked.get(i).figures());
    }
    Row third = sheet.getRow(first + 2);
    assertThat(numeric(third.getCell(OVERDUE))).isEqualTo(1);
    assertThat(numeric(third.getCell(EXEMPTED))).isEqualTo(1);
    assertThat(numeric(third.getCell(EVIDENCE))).isEqualTo(2);
    assertThat(numeric(third.getCell(ESCALATIONS))).isEqualTo(3);
    assertPercent(third.getCell(RATE), 0.5);
    assertPercent(third.getCell(CHECKLIST_RATE), 0.5);
    assertThat(third.getCell(LEVEL).getStringCellValue()).isEqualTo("领导小组督办");
    assertThat(sheet.getRow(first).getCell(LEVEL).getStringCellValue()).isEqualTo("无");

    Row total = sheet.getRow(first + 3);
    assertThat(total.getCell(RANK).getStringCellValue()).isEqualTo("合计");
    assertThat(total.getCell(NAME).getStringCellValue()).isEqualTo("共 3 个单位");
    assertThat(numeric(total.getCell(ITEMS))).isEqualTo(10 + 8 + 6);
    assertThat(numeric(total.getCell(ACCEPTED))).isEqualTo(10 + 6 + 3);
    assertThat(numeric(total.getCell(OBLIGATIONS))).isEqualTo(2 + 2 + 3);
    assertThat(numeric(total.getCell(ON_TIME))).isEqualTo(2 + 1);
    assertThat(numeric(total.getCell(LATE))).isEqualTo(1 + 1);
    assertThat(numeric(total.getCell(PENDING))).isZero();
    assertThat(numeric(total.getCell(EVIDENCE))).isEqualTo(12 + 5 + 2);
    assertThat(numeric(total.getCell(ESCALATIONS))).isEqualTo(1 + 3);
    assertPercent(total.getCell(RATE), 5 / 6.0);
    assertThat((Object) sheet.getRow(first + 4)).isNull();
    assertThat(sheet.getPaneInformation().isFreezePane()).isTrue();
    assertThat(sheet.getColumnWidth(NAME)).isGreaterThan(sheet.getColumnWidth(RANK));
  }

  @Test
  void secondVenueSheetHasItsOwnUnits() {
    XSSFSheet sheet = workbook.getSheet("学校");
    int first = VenueSheet.HEADER_ROW + 1;
    assertThat(sheet.getRow(first).getCell(CODE).getStringCellValue()).isEqualTo(S1.unitCode());
    assertThat(sheet.getRow(first + 1).getCell(CODE).getStringCellValue()).isEqualTo(S2.unitCode());
    // S002: nothing fulfilled of the one obligation owed (one pending is not yet owed)
    assertPercent(sheet.getRow(first + 1).getCell(RATE), 0.0);
    assertThat(numeric(sheet.getRow(first + 2).getCell(OBLIGATIONS))).isEqualTo(3);
  }

  @Test
  void venueWithoutUnitsSaysSo() {
    XSSFSheet sheet = workbook.getSheet("机关");
    assertThat(sheet.getRow(VenueSheet.HEADER_ROW + 1).getCell(0).getStringCellValue()).isEqualTo("本场所暂无参与单位");
    assertThat(sheet.getLastRowNum()).isEqualTo(VenueSheet.HEADER_ROW + 1);
  }

  @Test
  void matrixShowsEachStateInItsColour() {
    XSSFSheet sheet = workbook.getSheet("单位×季度矩阵");
    assertThat(rowTexts(sheet.getRow(MatrixSheet.HEADER_ROW))).containsExactly("场所", "单位编码", "单位名称",
        "季度任务编码", "2026年第三季度", "2026年第四季度");
    Map<String, String> expectedFill = new java.util.HashMap<>();
    expectedFill.put("已履行", "C6EFCE");
    expectedFill.put("逾期履行", "FFEB9C");
    expectedFill.put("即将到期", "FFEB9C");
    expectedFill.put("已逾期", "FFC7CE");
    expectedFill.put("已督办", "FFC7CE");
    expectedFill.put("已豁免", "D9D9D9");
    expectedFill.put("进行中", null);
    expectedFill.put("未开始", null);
    expectedFill.put("已延期", null);

    List<ComplianceMatrix.Row> rows = matrix().rows();
    List<String> seen = new ArrayList<>();
    for (int r = 0; r < rows.size(); r++) {
      Row row = sheet.getRow(MatrixSheet.HEADER_ROW + 1 + r);
      assertThat(row.getCell(1).getStringCellValue()).isEqualTo(rows.get(r).unitCode());
      assertThat(row.getCell(3).getStringCellValue()).isEqualTo(rows.get(r).obligationCode());
      for (int q = 0; q < 2; q++) {
        XSSFCell cell = (XSSFCell) row.getCell(4 + q);
        String state = rows.get(r).cells().get(q == 0 ? "2026Q3" : "2026Q4");
        if (state == null) {
          assertThat(cell.getStringCellValue()).isEmpty();
          assertThat(fill(cell)).isNull();
          continue;
        }
        assertThat(cell.getStringCellValue()).isEqualTo(state);
        assertThat(fill(cell)).as(state).isEqualTo(expectedFill.get(state));
        seen.add(state);
      }
    }
    assertThat(seen).containsAll(expectedFill.keySet());

    Row legend = sheet.getRow(MatrixSheet.LEGEND_ROW);
    assertThat(legend.getCell(0).getStringCellValue()).isEqualTo("图例：");
    assertThat(rowTexts(legend).subList(1, 12)).containsExactly("未开始", "进行中", "即将到期", "已延期", "已逾期",
        "已督办", "已提交待审核", "逾期提交待审核", "已履行", "逾期履行", "已豁免");
    // REC-2 (issue 11): handed in on time and waiting for the office is green, handed in late amber
    expectedFill.put("已提交待审核", "C6EFCE");
    expectedFill.put("逾期提交待审核", "FFEB9C");
    for (int c = 1; c < 12; c++) {
      XSSFCell cell = (XSSFCell) legend.getCell(c);
      assertThat(fill(cell)).as(cell.getStringCellValue()).isEqualTo(expectedFill.get(cell.getStringCellValue()));
    }
  }

  @Test
  void cellsUseAFontThatRendersChinese() {
    XSSFCell unitName = workbook.getSheet("企业").getRow(VenueSheet.HEADER_ROW + 1).getCell(NAME);
    assertThat(unitName.getCellStyle().getFont().getFontName()).isEqualTo("宋体");
    assertThat(workbook.getFontAt(0).getFontName()).isEqualTo("宋体");
  }

  @Test
  void rejectsASummaryItCannotRender() {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> QuarterWorkbook.write(null, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("summary must not be null");
    QuarterSummary noVenues = summary(List.of(), QuarterFigures.ZERO, matrix());
    assertThatThrownBy(() -> QuarterWorkbook.write(noVenues, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("summary.venues must not be empty");
    QuarterSummary blankName = summary(List.of(new VenueQuarterSummary(Venue.SCHOOL, S1.figures(), List.of(
        new UnitQuarterRow("S001", " ", Venue.SCHOOL, 1, S1.figures(), 0, null)))), S1.figures(), matrix());
    assertThatThrownBy(() -> QuarterWorkbook.write(blankName, out))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("summary.venues[0].units[0].unitName must not be blank");
    QuarterSummary noMatrix = summary(summary().venues(), CAMPAIGN_TOTALS, null);
    assertThatThrownBy(() -> QuarterWorkbook.write(noMatrix, out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("summary.matrix must not be null");
    assertThat(out.size()).isZero();
  }

  @Test
  void rejectsTotalsThatDoNotAddUp() {
    QuarterSummary wrongVenue = summary(List.of(new VenueQuarterSummary(Venue.SCHOOL, S1.figures(),
        List.of(S1, S2))), S1.figures(), matrix());
    assertThatThrownBy(() -> QuarterWorkbook.write(wrongVenue, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("summary.venues[0].totals ")
        .hasMessageContaining("differ from the sum of the venue's units");
    QuarterSummary wrongCampaign = summary(summary().venues(), SCHOOL_TOTALS, matrix());
    assertThatThrownBy(() -> QuarterWorkbook.write(wrongCampaign, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("differ from the sum of the venues' totals");
    UnitQuarterRow inconsistent = new UnitQuarterRow("S009", "某小学", Venue.SCHOOL, 1,
        new QuarterFigures(1, 0, 0, 3, 1, 0, 0, 0, 0, 0, 0), 0, null);
    QuarterSummary partition = summary(List.of(new VenueQuarterSummary(Venue.SCHOOL, inconsistent.figures(),
        List.of(inconsistent))), inconsistent.figures(), matrix());
    assertThatThrownBy(() -> QuarterWorkbook.write(partition, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageStartingWith("summary.venues[0].units[0].figures ")
        .hasMessageEndingWith("onTime + late + overdue + exempted + pending must equal obligations");
  }

  @Test
  void rejectsUnitsUnderTheWrongVenueDuplicateVenuesAndMatrixCellsOutsideTheColumns() {
    QuarterSummary wrongVenue = summary(List.of(new VenueQuarterSummary(Venue.ENTERPRISE, S1.figures(),
        List.of(S1))), S1.figures(), matrix());
    assertThatThrownBy(() -> QuarterWorkbook.write(wrongVenue, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("summary.venues[0].units[0].venue SCHOOL is not the summary's venue ENTERPRISE");
    VenueQuarterSummary empty = new VenueQuarterSummary(Venue.ORGAN, QuarterFigures.ZERO, List.of());
    QuarterSummary twice = summary(List.of(empty, empty), QuarterFigures.ZERO, matrix());
    assertThatThrownBy(() -> QuarterWorkbook.write(twice, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("summary.venues[1].venue ORGAN appears twice");
    ComplianceMatrix stray = new ComplianceMatrix(List.of(new ComplianceMatrix.Column("2026Q4", "2026年第四季度")),
        List.of(new ComplianceMatrix.Row("E001", "甲", "企业", "ENT-5", Map.of("2026Q3", "已履行"))));
    QuarterSummary strayCell = summary(summary().venues(), CAMPAIGN_TOTALS, stray);
    assertThatThrownBy(() -> QuarterWorkbook.write(strayCell, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessage("summary.matrix.rows[0].cells has quarter 2026Q3, which is not a column");
  }

  /** Issue 10: unit names (and an issuer) that a spreadsheet would read as formulas stay text, values unchanged. */
  @Test
  void textThatReadsAsAFormulaIsQuotePrefixedInEverySheet() throws IOException {
    List<String> names = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+86 企业", "-企业", "@企业", "\t=1+1", "\r=1+1");
    QuarterFigures one = new QuarterFigures(1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    List<UnitQuarterRow> units = new ArrayList<>();
    List<ComplianceMatrix.Row> rows = new ArrayList<>();
    for (int i = 0; i < names.size(); i++) {
      units.add(new UnitQuarterRow("F00" + i, names.get(i), Venue.ENTERPRISE, i + 1, one, 0, null));
      rows.add(new ComplianceMatrix.Row("F00" + i, names.get(i), "企业", "ENT-5", Map.of("2026Q4", "已履行")));
    }
    QuarterFigures totals = new QuarterFigures(names.size(), 0, 0, 0, 0, 0, 0, 0, 0, 0, 0);
    QuarterSummary base = summary(List.of(new VenueQuarterSummary(Venue.ENTERPRISE, totals, units)), totals,
        new ComplianceMatrix(List.of(new ComplianceMatrix.Column("2026Q4", "2026年第四季度")), rows));
    QuarterSummary formulaLike = new QuarterSummary(base.campaignId(), base.campaignName(), "=1+1 区安委办",
        base.quarterCode(), base.quarterName(), base.periodStart(), base.periodEnd(), base.generatedAt(),
        base.venues(), base.totals(), base.matrix());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    QuarterWorkbook.write(formulaLike, bytes);
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes.toByteArray()))) {
      XSSFSheet venue = read.getSheet("企业");
      XSSFSheet matrix = read.getSheet(MatrixSheet.NAME);
      for (int i = 0; i < names.size(); i++) {
        assertText(venue.getRow(VenueSheet.HEADER_ROW + 1 + i).getCell(NAME), names.get(i));
        assertText(matrix.getRow(MatrixSheet.HEADER_ROW + 1 + i).getCell(2), names.get(i));
      }
      assertText(read.getSheet(SummarySheet.NAME).getRow(1).getCell(1), "=1+1 区安委办");
      // the copy keeps the unit column's border and font; a name that is not formula-like keeps the plain style
      XSSFCell name = venue.getRow(VenueSheet.HEADER_ROW + 1).getCell(NAME);
      assertThat(name.getCellStyle().getBorderLeft()).isEqualTo(org.apache.poi.ss.usermodel.BorderStyle.THIN);
      assertThat(name.getCellStyle().getFont().getFontName()).isEqualTo("宋体");
      assertThat(venue.getRow(VenueSheet.HEADER_ROW + 1).getCell(CODE).getCellStyle().getQuotePrefixed()).isFalse();
    }
    assertThat(workbook.getSheet("企业").getRow(VenueSheet.HEADER_ROW + 1).getCell(NAME).getCellStyle()
        .getQuotePrefixed()).isFalse();
  }

  private static void assertText(Cell cell, String value) {
    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo(value);
    assertThat(cell.getCellStyle().getQuotePrefixed()).as("cell %s quote-prefixed", cell.getAddress()).isTrue();
  }

  @Test
  void fileNameIsTheCampaignAndQuarter() {
    assertThat(QuarterWorkbook.fileName(summary())).isEqualTo("2026年安全生产宣传教育“七进”活动-2026年第四季度汇总表.xlsx");
  }

  /** The figures from column {@code unitsColumn + 1} on, in FigureColumns' order. */
  private static void assertFigures(Row row, int unitsColumn, QuarterFigures f) {
    int c = unitsColumn + 1;
    assertThat(numeric(row.getCell(c++))).isEqualTo(f.checklistItems());
    assertThat(numeric(row.getCell(c++))).isEqualTo(f.checklistAccepted());
    assertRate(row.getCell(c++), f.checklistItems() > 0, f.checklistRate());
    assertThat(numeric(row.getCell(c++))).isEqualTo(f.obligations());
    assertThat(numeric(row.getCell(c++))).isEqualTo(f.onTime());
    assertThat(numeric(row.getCell(c++))).isEqualTo(f.late());
    assertThat(numeric(row.getCell(c++))).isEqualTo(f.overdue());
    assertThat(numeric(row.getCell(c++))).isEqualTo(f.exempted());
    assertThat(numeric(row.getCell(c++))).isEqualTo(f.pending());
    assertRate(row.getCell(c++), f.owesObligations(), f.fulfilmentRate());
    assertThat(numeric(row.getCell(c++))).isEqualTo(f.evidenceFiles());
    assertThat(numeric(row.getCell(c))).isEqualTo(f.escalations());
  }

  private static int numeric(Cell cell) {
    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
    double value = cell.getNumericCellValue();
    assertThat(value).isEqualTo(Math.rint(value));
    return (int) value;
  }

  /** A rate where something was owed; "—" (not a misleading 100%) where nothing was. */
  private static void assertRate(Cell cell, boolean applies, double expected) {
    if (applies) {
      assertPercent(cell, expected);
    } else {
      assertThat(cell.getStringCellValue()).as("cell %s", cell.getAddress()).isEqualTo("—");
    }
  }

  private static void assertPercent(Cell cell, double expected) {
    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.NUMERIC);
    assertThat(cell.getNumericCellValue()).isCloseTo(expected, within(1e-9));
    assertThat(cell.getCellStyle().getDataFormatString()).contains("%");
    assertThat(new DataFormatter().formatCellValue(cell)).isEqualTo(ChineseText.percent(expected));
  }

  /** The fill's RRGGBB, or null when the cell is not filled. */
  private static String fill(XSSFCell cell) {
    XSSFCellStyle style = cell.getCellStyle();
    if (style.getFillPattern() == FillPatternType.NO_FILL) {
      return null;
    }
    return style.getFillForegroundColorColor().getARGBHex().substring(2);
  }

  private static List<String> rowTexts(Row row) {
    List<String> texts = new ArrayList<>();
    row.forEach(cell -> texts.add(cell.getStringCellValue()));
    return texts;
  }

  private static List<String> texts(XSSFSheet sheet) {
    List<String> texts = new ArrayList<>();
    sheet.forEach(row -> row.forEach(cell -> {
      if (cell.getCellType() == CellType.STRING) {
        texts.add(cell.getStringCellValue());
      }
    }));
    return texts;
  }
}
