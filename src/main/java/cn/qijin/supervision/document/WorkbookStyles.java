package cn.qijin.supervision.document;

import cn.qijin.common.SpreadsheetText;
import java.util.EnumMap;
import java.util.HexFormat;
import java.util.Map;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.FillPatternType;
import org.apache.poi.ss.usermodel.HorizontalAlignment;
import org.apache.poi.ss.usermodel.VerticalAlignment;
import org.apache.poi.xssf.usermodel.XSSFCellStyle;
import org.apache.poi.xssf.usermodel.XSSFColor;
import org.apache.poi.xssf.usermodel.XSSFFont;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The cell styles of the quarterly workbook, created once per workbook (Excel limits their number), and the
 * workbook's {@link SpreadsheetText}, which adds a quote-prefixed copy of a style where text needs one.
 */
final class WorkbookStyles {

  /** Renders Chinese on Windows, macOS (with Office) and in WPS; LibreOffice maps it to a CJK serif font. */
  static final String FONT = "宋体";
  static final String PERCENT_FORMAT = "0.0%";

  private static final int GB2312_CHARSET = 134;
  private static final String HEADER_FILL = "DDEBF7";
  private static final String TOTAL_FILL = "F2F2F2";

  final XSSFCellStyle title;
  final XSSFCellStyle label;
  final XSSFCellStyle note;
  final XSSFCellStyle header;
  final XSSFCellStyle text;
  final XSSFCellStyle centred;
  final XSSFCellStyle number;
  final XSSFCellStyle percent;
  final XSSFCellStyle totalText;
  final XSSFCellStyle totalNumber;
  final XSSFCellStyle totalPercent;
  final SpreadsheetText texts;
  private final Map<StateFill, XSSFCellStyle> states = new EnumMap<>(StateFill.class);

  private final XSSFWorkbook workbook;

  WorkbookStyles(XSSFWorkbook workbook) {
    this.workbook = workbook;
    this.texts = new SpreadsheetText(workbook);
    // the default font (index 0) is what empty and unstyled cells show
    chinese(workbook.getFontAt(0), 11, false);
    XSSFFont plain = chinese(workbook.createFont(), 11, false);
    XSSFFont bold = chinese(workbook.createFont(), 11, true);
    short percentFormat = workbook.createDataFormat().getFormat(PERCENT_FORMAT);
    short integerFormat = workbook.createDataFormat().getFormat("0");

    title = workbook.createCellStyle();
    title.setFont(chinese(workbook.createFont(), 16, true));
    label = workbook.createCellStyle();
    label.setFont(bold);
    note = workbook.createCellStyle();
    note.setFont(plain);

    header = bordered(bold, HorizontalAlignment.CENTER);
    header.setWrapText(true);
    fill(header, HEADER_FILL);
    text = bordered(plain, HorizontalAlignment.LEFT);
    centred = bordered(plain, HorizontalAlignment.CENTER);
    number = bordered(plain, HorizontalAlignment.RIGHT);
    number.setDataFormat(integerFormat);
    percent = bordered(plain, HorizontalAlignment.RIGHT);
    percent.setDataFormat(percentFormat);
    totalText = bordered(bold, HorizontalAlignment.CENTER);
    fill(totalText, TOTAL_FILL);
    totalNumber = bordered(bold, HorizontalAlignment.RIGHT);
    totalNumber.setDataFormat(integerFormat);
    fill(totalNumber, TOTAL_FILL);
    totalPercent = bordered(bold, HorizontalAlignment.RIGHT);
    totalPercent.setDataFormat(percentFormat);
    fill(totalPercent, TOTAL_FILL);
    for (StateFill state : StateFill.values()) {
      XSSFCellStyle style = bordered(plain, HorizontalAlignment.CENTER);
      fill(style, state.rgb());
      states.put(state, style);
    }
  }

  /** The matrix cell style for a state's Chinese name: filled by its colour, or plain. */
  CellStyle state(String stateName) {
    return StateFill.of(stateName).<CellStyle>map(states::get).orElse(centred);
  }

  private XSSFFont chinese(XSSFFont font, int points, boolean bold) {
    font.setFontName(FONT);
    font.setCharSet(GB2312_CHARSET);
    font.setFontHeightInPoints((short) points);
    font.setBold(bold);
    return font;
  }

  private XSSFCellStyle bordered(XSSFFont font, HorizontalAlignment alignment) {
    XSSFCellStyle style = workbook.createCellStyle();
    style.setFont(font);
    style.setAlignment(alignment);
    style.setVerticalAlignment(VerticalAlignment.CENTER);
    style.setBorderTop(BorderStyle.THIN);
    style.setBorderBottom(BorderStyle.THIN);
    style.setBorderLeft(BorderStyle.THIN);
    style.setBorderRight(BorderStyle.THIN);
    return style;
  }

  private void fill(XSSFCellStyle style, String rgb) {
    style.setFillForegroundColor(
        new XSSFColor(HexFormat.of().parseHex(rgb), workbook.getStylesSource().getIndexedColors()));
    style.setFillPattern(FillPatternType.SOLID_FOREGROUND);
  }
}
