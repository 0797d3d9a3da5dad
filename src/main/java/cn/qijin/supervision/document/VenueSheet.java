package cn.qijin.supervision.document;

import cn.qijin.supervision.QuarterSummary;
import cn.qijin.supervision.UnitQuarterRow;
import cn.qijin.supervision.VenueQuarterSummary;
import java.util.List;
import org.apache.poi.ss.usermodel.Sheet;

/** A venue's sheet, named by the venue (企业): its units in rank order and their total. */
final class VenueSheet {

  static final String NO_UNITS = "本场所暂无参与单位";
  static final int HEADER_ROW = 1;
  private static final int FIGURES = 3;
  private static final int ESCALATION = FIGURES + FigureColumns.HEADERS.size();

  private VenueSheet() {}

  static void write(Sheet sheet, QuarterSummary summary, VenueQuarterSummary venue, WorkbookStyles styles) {
    SheetCells cells = new SheetCells(sheet, styles);
    cells.title(0, 0, ESCALATION,
        summary.quarterName() + " " + venue.venue().chineseName() + "场所单位排名", styles.title);
    cells.text(HEADER_ROW, 0, "排名", styles.header);
    cells.text(HEADER_ROW, 1, "单位编码", styles.header);
    cells.text(HEADER_ROW, 2, "单位名称", styles.header);
    FigureColumns.headers(cells, HEADER_ROW, FIGURES, styles.header);
    cells.text(HEADER_ROW, ESCALATION, "最高督办等级", styles.header);
    sheet.createFreezePane(3, HEADER_ROW + 1);

    List<UnitQuarterRow> units = SummaryCheck.ranked(venue);
    int row = HEADER_ROW + 1;
    if (units.isEmpty()) {
      cells.overflowing(row, 0, NO_UNITS, styles.note);
      cells.finish(HEADER_ROW);
      return;
    }
    for (UnitQuarterRow unit : units) {
      cells.number(row, 0, unit.rankInVenue(), styles.centred);
      cells.text(row, 1, unit.unitCode(), styles.text);
      cells.text(row, 2, unit.unitName(), styles.text);
      FigureColumns.write(cells, row, FIGURES, unit.figures(), styles.number, styles.percent);
      cells.text(row++, ESCALATION, escalation(unit), styles.centred);
    }
    cells.text(row, 0, "合计", styles.totalText);
    cells.text(row, 1, "", styles.totalText);
    cells.text(row, 2, "共 " + units.size() + " 个单位", styles.totalText);
    FigureColumns.write(cells, row, FIGURES, venue.totals(), styles.totalNumber, styles.totalPercent);
    cells.text(row, ESCALATION, "", styles.totalText);
    cells.finish(HEADER_ROW);
  }

  private static String escalation(UnitQuarterRow unit) {
    return unit.maxEscalationLevel() == 0 ? "无" : unit.maxEscalationName();
  }
}
