package cn.qijin.common;

import java.util.HashMap;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Workbook;

/**
 * The only way the exports write text into a workbook cell (a test holds every class but this one to it), so
 * that what users typed (a unit's name, an audit entry's detail, a good example's title) stays text when the
 * workbook is opened, edited or re-typed.
 *
 * <p>Text is always a string cell ({@code setCellValue(String)}, never {@code setCellFormula}). Text that a
 * spreadsheet would read as a formula when it is re-typed — beginning with {@code =}, {@code +}, {@code -},
 * {@code @}, a tab or a carriage return, or with the full-width {@code ＝ ＋ － ＠} an input method may type
 * — also gets the quote prefix style (Excel's leading apostrophe, {@code quotePrefix} in the cell's format):
 * the value shown and read back is unchanged, and Excel and WPS keep the cell text when it is edited. Numbers
 * are written as numeric cells by the callers and are not affected (a negative number is a number, not text).
 *
 * <p>A CSV export, should one be added, cannot carry a style: it must prefix such a value with a single quote
 * in the text itself (OWASP's advice for CSV injection). Excel's own "save as CSV" of these workbooks writes the
 * bare value; that copy is the user's.
 *
 * <p>One instance per workbook: it creates at most one quote-prefixed copy of each cell style it meets.
 */
public final class SpreadsheetText {

  private static final String FORMULA_STARTS = "=+-@\t\r＝＋－＠";

  private final Workbook workbook;
  private final Map<Short, CellStyle> quoted = new HashMap<>();

  public SpreadsheetText(Workbook workbook) {
    this.workbook = workbook;
  }

  /**
   * Writes {@code value} into the cell as text ({@code null} leaves the cell blank). Set the cell's style first:
   * text read as a formula gets a quote-prefixed copy of that style.
   */
  public Cell write(Cell cell, String value) {
    cell.setCellValue(value);
    if (readAsFormula(value)) {
      cell.setCellStyle(quoted(cell.getCellStyle()));
    }
    return cell;
  }

  /** Whether a spreadsheet would take the text, typed into a cell, for a formula. */
  public static boolean readAsFormula(String value) {
    return value != null && !value.isEmpty() && FORMULA_STARTS.indexOf(value.charAt(0)) >= 0;
  }

  private CellStyle quoted(CellStyle style) {
    if (style.getQuotePrefixed()) {
      return style;
    }
    return quoted.computeIfAbsent(style.getIndex(), index -> {
      CellStyle copy = workbook.createCellStyle();
      copy.cloneStyleFrom(style);
      copy.setQuotePrefixed(true);
      return copy;
    });
  }
}
