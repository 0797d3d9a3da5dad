package cn.qijin.supervision.document;

import cn.qijin.supervision.QuarterSummary;
import cn.qijin.supervision.VenueQuarterSummary;
import org.apache.poi.ss.usermodel.Sheet;

/** The 汇总 sheet: what the quarter is, one line per venue, the campaign's total and the ranking rule. */
final class SummarySheet {

  static final String NAME = "汇总";
  static final int HEADER_ROW = 5;
  private static final int LAST_COLUMN = FigureColumns.HEADERS.size() + 1;

  private SummarySheet() {}

  static void write(Sheet sheet, QuarterSummary summary, String reportedBy, WorkbookStyles styles) {
    SheetCells cells = new SheetCells(sheet, styles);
    cells.title(0, 0, LAST_COLUMN, summary.campaignName() + " " + summary.quarterName() + "汇总表", styles.title);
    info(cells, 1, "发文单位", summary.issuer(), styles);
    info(cells, 2, "统计季度",
        summary.quarterName() + "（" + ChineseText.period(summary.periodStart(), summary.periodEnd()) + "）", styles);
    info(cells, 3, "统计截至", ChineseText.time(summary.generatedAt()) + "（北京时间）", styles);
    if (reportedBy != null && !reportedBy.isBlank()) {
      info(cells, 4, "报送单位", reportedBy, styles);
    }

    cells.text(HEADER_ROW, 0, "场所", styles.header);
    cells.text(HEADER_ROW, 1, "参与单位数", styles.header);
    FigureColumns.headers(cells, HEADER_ROW, 2, styles.header);
    int row = HEADER_ROW + 1;
    for (VenueQuarterSummary venue : summary.venues()) {
      cells.text(row, 0, venue.venue().chineseName(), styles.centred);
      cells.number(row, 1, venue.totals().units(), styles.number);
      FigureColumns.write(cells, row++, 2, venue.totals(), styles.number, styles.percent);
    }
    cells.text(row, 0, "合计", styles.totalText);
    cells.number(row, 1, summary.totals().units(), styles.totalNumber);
    FigureColumns.write(cells, row++, 2, summary.totals(), styles.totalNumber, styles.totalPercent);

    cells.overflowing(row + 1, 0, QuarterSummary.RANKING_RULE, styles.note);
    cells.overflowing(row + 2, 0, "说明：完成率 =（按时履行 + 逾期履行）÷（季度任务数 − 已豁免 − 未到期），无应履行任务时为 100%；"
        + "销号率 = 已销号 ÷ 检查项数，无检查项时为 100%。", styles.note);
    sheet.createFreezePane(1, HEADER_ROW + 1);
    cells.finish(HEADER_ROW);
  }

  private static void info(SheetCells cells, int row, String label, String value, WorkbookStyles styles) {
    cells.text(row, 0, label, styles.label);
    cells.overflowing(row, 1, value, styles.note);
  }
}
