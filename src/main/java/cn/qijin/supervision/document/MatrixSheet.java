package cn.qijin.supervision.document;

import cn.qijin.obligation.ObligationState;
import cn.qijin.supervision.ComplianceMatrix;
import org.apache.poi.ss.usermodel.Sheet;

/**
 * The 单位×季度矩阵 sheet: one row per unit and quarterly obligation, one column per quarter, each cell the
 * obligation's state in that quarter, filled by colour; the legend is above the table so it stays in view.
 */
final class MatrixSheet {

  static final String NAME = "单位×季度矩阵";
  static final String NO_ROWS = "暂无季度任务";
  static final int LEGEND_ROW = 1;
  static final int HEADER_ROW = 3;
  private static final int QUARTERS = 4;

  private MatrixSheet() {}

  static void write(Sheet sheet, String quarterName, ComplianceMatrix matrix, WorkbookStyles styles) {
    SheetCells cells = new SheetCells(sheet, styles);
    cells.title(0, 0, QUARTERS + Math.max(0, matrix.quarters().size() - 1),
        "单位季度任务履行情况（截至" + quarterName + "）", styles.title);
    legend(cells, styles);

    cells.text(HEADER_ROW, 0, "场所", styles.header);
    cells.text(HEADER_ROW, 1, "单位编码", styles.header);
    cells.text(HEADER_ROW, 2, "单位名称", styles.header);
    cells.text(HEADER_ROW, 3, "季度任务编码", styles.header);
    for (int q = 0; q < matrix.quarters().size(); q++) {
      cells.text(HEADER_ROW, QUARTERS + q, matrix.quarters().get(q).name(), styles.header);
    }
    sheet.createFreezePane(QUARTERS, HEADER_ROW + 1);

    int row = HEADER_ROW + 1;
    if (matrix.rows().isEmpty()) {
      cells.overflowing(row, 0, NO_ROWS, styles.note);
    }
    for (ComplianceMatrix.Row line : matrix.rows()) {
      cells.text(row, 0, line.venueName(), styles.centred);
      cells.text(row, 1, line.unitCode(), styles.text);
      cells.text(row, 2, line.unitName(), styles.text);
      cells.text(row, 3, line.obligationCode(), styles.centred);
      for (int q = 0; q < matrix.quarters().size(); q++) {
        String state = line.cells().get(matrix.quarters().get(q).code());
        cells.text(row, QUARTERS + q, state == null ? "" : state, state == null ? styles.text : styles.state(state));
      }
      row++;
    }
    cells.finish(HEADER_ROW);
  }

  /** "图例" and every state in its own colour, in the states' order. */
  private static void legend(SheetCells cells, WorkbookStyles styles) {
    cells.overflowing(LEGEND_ROW, 0, "图例：", styles.label);
    int column = 1;
    for (ObligationState state : ObligationState.values()) {
      cells.text(LEGEND_ROW, column++, state.chineseName(), styles.state(state.chineseName()));
    }
  }
}
