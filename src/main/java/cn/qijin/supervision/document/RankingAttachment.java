package cn.qijin.supervision.document;

import cn.qijin.supervision.QuarterSummary;
import cn.qijin.supervision.UnitQuarterRow;
import cn.qijin.supervision.VenueQuarterSummary;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.TableRowAlign;
import org.apache.poi.xwpf.usermodel.TableWidthType;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblGrid;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTTblLayoutType;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STTblLayoutType;

/**
 * 附件1 on a page of its own: "附件1" top left in 黑体, the title on the third line, then per venue a table of
 * its units in rank order.
 */
final class RankingAttachment {

  static final List<String> HEADERS = List.of("排名", "单位名称", "完成率", "逾期未履行", "督办次数");
  /** Column widths in twips, together the type area's 156 mm. */
  /** At least 7.5 mm per row. */
  private static final int ROW_HEIGHT = NoticePage.mm(7.5);
  private static final int[] WIDTHS = {900, 3545, 1300, 1700, 1400};

  private final XWPFDocument document;
  private final NoticeParagraphs out;

  RankingAttachment(XWPFDocument document, NoticeParagraphs out) {
    this.document = document;
    this.out = out;
  }

  void write(String label, String title, QuarterSummary summary) {
    XWPFParagraph first = out.line(label, ParagraphAlignment.LEFT, NoticeFont.HEITI, NoticeFont.SIZE_3);
    first.setPageBreak(true);
    XWPFParagraph heading = out.line(title, ParagraphAlignment.CENTER, NoticeFont.XIAOBIAOSONG, NoticeFont.SIZE_2);
    heading.setSpacingBefore(NoticeParagraphs.LINE);
    heading.setSpacingBetween(1, LineSpacingRule.AUTO);
    XWPFParagraph period = out.line("统计期间：" + summary.quarterName() + "（"
        + ChineseText.period(summary.periodStart(), summary.periodEnd()) + "）", ParagraphAlignment.CENTER,
        NoticeFont.FANGSONG, NoticeFont.SIZE_4);
    period.setSpacingBefore(NoticeParagraphs.LINE / 2);
    // the state the figures show: for a circulated notice, the leadership group's approval (issue 11, point 10)
    out.line("统计截至：" + ChineseText.time(summary.generatedAt()) + "（北京时间）", ParagraphAlignment.CENTER,
        NoticeFont.FANGSONG, NoticeFont.SIZE_4);
    XWPFParagraph rule = out.line(QuarterSummary.RANKING_RULE + "。", ParagraphAlignment.BOTH, NoticeFont.FANGSONG,
        NoticeFont.SIZE_4);
    NoticeParagraphs.firstLineIndent(rule, 2);

    int number = 1;
    for (VenueQuarterSummary venue : summary.venues()) {
      XWPFParagraph venueHeading = out.heading(ChineseText.numeral(number++) + "、" + venue.venue().chineseName());
      venueHeading.setSpacingBefore(NoticeParagraphs.LINE / 2);
      List<UnitQuarterRow> units = SummaryCheck.ranked(venue);
      if (units.isEmpty()) {
        out.body(VenueSheet.NO_UNITS + "。");
      } else {
        table(units);
      }
    }
  }

  private void table(List<UnitQuarterRow> units) {
    XWPFTable table = document.createTable(units.size() + 1, HEADERS.size());
    table.setTableAlignment(TableRowAlign.CENTER);
    table.setWidthType(TableWidthType.DXA);
    table.setWidth(String.valueOf(NoticePage.TEXT_WIDTH));
    CTTblLayoutType layout = table.getCTTbl().getTblPr().isSetTblLayout()
        ? table.getCTTbl().getTblPr().getTblLayout() : table.getCTTbl().getTblPr().addNewTblLayout();
    layout.setType(STTblLayoutType.FIXED);
    borders(table);
    CTTblGrid grid = table.getCTTbl().getTblGrid() != null ? table.getCTTbl().getTblGrid()
        : table.getCTTbl().addNewTblGrid();
    while (grid.sizeOfGridColArray() > 0) {
      grid.removeGridCol(0);
    }
    for (int width : WIDTHS) {
      grid.addNewGridCol().setW(BigInteger.valueOf(width));
    }

    XWPFTableRow header = table.getRow(0);
    header.setRepeatHeader(true);
    header.setHeight(ROW_HEIGHT);
    for (int c = 0; c < HEADERS.size(); c++) {
      cell(header.getCell(c), c, HEADERS.get(c), ParagraphAlignment.CENTER, NoticeFont.HEITI);
    }
    for (int r = 0; r < units.size(); r++) {
      UnitQuarterRow unit = units.get(r);
      XWPFTableRow row = table.getRow(r + 1);
      row.setCantSplitRow(true);
      row.setHeight(ROW_HEIGHT);
      cell(row.getCell(0), 0, String.valueOf(unit.rankInVenue()), ParagraphAlignment.CENTER, NoticeFont.FANGSONG);
      cell(row.getCell(1), 1, unit.unitName(), ParagraphAlignment.LEFT, NoticeFont.FANGSONG);
      cell(row.getCell(2), 2, unit.figures().owesObligations() ? ChineseText.percent(unit.figures().fulfilmentRate())
          : FigureColumns.NOT_APPLICABLE, ParagraphAlignment.CENTER,
          NoticeFont.FANGSONG);
      cell(row.getCell(3), 3, String.valueOf(unit.figures().overdue()), ParagraphAlignment.CENTER,
          NoticeFont.FANGSONG);
      cell(row.getCell(4), 4, String.valueOf(unit.figures().escalations()), ParagraphAlignment.CENTER,
          NoticeFont.FANGSONG);
    }
  }

  /** Half-point black lines all round and inside. */
  private static void borders(XWPFTable table) {
    table.setTopBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setBottomBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setLeftBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setRightBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideHBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
    table.setInsideVBorder(XWPFTable.XWPFBorderType.SINGLE, 4, 0, "000000");
  }

  private static void cell(XWPFTableCell cell, int column, String text, ParagraphAlignment alignment,
      NoticeFont font) {
    cell.setWidthType(TableWidthType.DXA);
    cell.setWidth(String.valueOf(WIDTHS[column]));
    cell.setVerticalAlignment(XWPFTableCell.XWPFVertAlign.CENTER);
    NoticeParagraphs.cell(cell, text, alignment, font, NoticeFont.SIZE_4);
  }
}
