package cn.qijin.supervision.document;

import cn.qijin.supervision.QuarterFigures;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;

/** The figures' columns, shared by the 汇总 sheet (per venue) and the venue sheets (per unit). */
final class FigureColumns {

  static final List<String> HEADERS = List.of("检查项数", "已销号", "销号率", "季度任务数", "按时履行", "逾期履行",
      "逾期未履行", "已豁免", "未到期", "完成率", "佐证材料数", "督办次数");

  private FigureColumns() {}

  static void headers(SheetCells cells, int row, int first, CellStyle style) {
    for (int i = 0; i < HEADERS.size(); i++) {
      cells.text(row, first + i, HEADERS.get(i), style);
    }
  }

  /** Writes the figures from column {@code first} on and returns the next free column. */
  static int write(SheetCells cells, int row, int first, QuarterFigures f, CellStyle number, CellStyle percent) {
    int c = first;
    cells.number(row, c++, f.checklistItems(), number);
    cells.number(row, c++, f.checklistAccepted(), number);
    rate(cells, row, c++, f.checklistItems() > 0, f.checklistRate(), number, percent);
    cells.number(row, c++, f.obligations(), number);
    cells.number(row, c++, f.onTime(), number);
    cells.number(row, c++, f.late(), number);
    cells.number(row, c++, f.overdue(), number);
    cells.number(row, c++, f.exempted(), number);
    cells.number(row, c++, f.pending(), number);
    rate(cells, row, c++, f.owesObligations(), f.fulfilmentRate(), number, percent);
    cells.number(row, c++, f.evidenceFiles(), number);
    cells.number(row, c++, f.escalations(), number);
    return c;
  }

  /** A rate where there is something to measure; "—" where nothing was owed (not a misleading 100%). */
  private static void rate(SheetCells cells, int row, int column, boolean applies, double rate, CellStyle number,
      CellStyle percent) {
    if (applies) {
      cells.percent(row, column, rate, percent);
    } else {
      cells.text(row, column, NOT_APPLICABLE, number);
    }
  }

  static final String NOT_APPLICABLE = "—";
}
