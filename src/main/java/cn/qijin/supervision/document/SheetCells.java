package cn.qijin.supervision.document;

import cn.qijin.common.SpreadsheetText;
import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.PrintSetup;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.util.CellRangeAddress;

/**
 * Writes a sheet's cells (text through {@link SpreadsheetText}, so a unit named "=…" stays text) and remembers the widest content of each column, so the columns can be sized
 * without {@code autoSizeColumn} (which needs the fonts installed on the server and is slow).
 */
final class SheetCells {

  private static final int MIN_WIDTH = 6;
  private static final int MAX_WIDTH = 60;
  private static final float TITLE_HEIGHT = 24;

  private final Sheet sheet;
  private final SpreadsheetText texts;
  private final Map<Integer, Integer> widths = new HashMap<>();

  SheetCells(Sheet sheet, WorkbookStyles styles) {
    this.sheet = sheet;
    this.texts = styles.texts;
  }

  Sheet sheet() {
    return sheet;
  }

  void text(int row, int column, String value, CellStyle style) {
    texts.write(cell(row, column, style), value);
    measure(column, ChineseText.width(value));
  }

  void number(int row, int column, int value, CellStyle style) {
    cell(row, column, style).setCellValue(value);
    measure(column, String.valueOf(value).length());
  }

  /** A rate as a number (0.875) that the style shows as a percentage (87.5%). */
  void percent(int row, int column, double rate, CellStyle style) {
    cell(row, column, style).setCellValue(rate);
    measure(column, ChineseText.percent(rate).length());
  }

  /** The sheet's title across columns first..last, in a row tall enough for it, not counted in their widths. */
  void title(int row, int first, int last, String value, CellStyle style) {
    texts.write(cell(row, first, style), value);
    sheet.getRow(row).setHeightInPoints(TITLE_HEIGHT);
    if (last > first) {
      sheet.addMergedRegion(new CellRangeAddress(row, row, first, last));
    }
  }

  /** A line of text in one column that may run over the empty cells to its right, not counted in its width. */
  void overflowing(int row, int column, String value, CellStyle style) {
    texts.write(cell(row, column, style), value);
  }

  /**
   * Prints on A4 landscape, all columns on one page wide, the rows up to {@code headerRow} repeated on every
   * page; sizes the columns to their content.
   */
  void finish(int headerRow) {
    PrintSetup print = sheet.getPrintSetup();
    print.setPaperSize(PrintSetup.A4_PAPERSIZE);
    print.setLandscape(true);
    print.setFitWidth((short) 1);
    print.setFitHeight((short) 0);
    sheet.setFitToPage(true);
    sheet.setHorizontallyCenter(true);
    sheet.setRepeatingRows(new CellRangeAddress(0, headerRow, -1, -1));
    fitColumns();
  }

  private void fitColumns() {
    widths.forEach((column, width) -> sheet.setColumnWidth(column,
        Math.min(MAX_WIDTH, Math.max(MIN_WIDTH, width + 2)) * 256));
  }

  private Cell cell(int rowIndex, int column, CellStyle style) {
    Row row = sheet.getRow(rowIndex);
    if (row == null) {
      row = sheet.createRow(rowIndex);
    }
    Cell cell = row.createCell(column);
    cell.setCellStyle(style);
    return cell;
  }

  private void measure(int column, int width) {
    widths.merge(column, width, Math::max);
  }
}
