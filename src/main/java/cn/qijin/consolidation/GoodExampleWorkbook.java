package cn.qijin.consolidation;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.SpreadsheetText;
import java.io.IOException;
import java.io.OutputStream;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * ORG-2: the good-example library as an .xlsx workbook with Chinese headers, one example per row. Text goes
 * through {@link SpreadsheetText}: a title such as "=HYPERLINK(…)" stays text.
 */
public final class GoodExampleWorkbook {

  public record Row(GoodExampleView example, String campaignName) {}

  static final String SHEET = "典型经验库";
  static final List<String> HEADERS = List.of("编号", "活动", "典型经验", "经验做法", "单位编码", "单位名称", "场所类型",
      "宣传主题", "来源", "佐证材料编号", "已形成常态化制度", "登记人", "登记时间");

  private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(CampaignClock.ZONE);

  private GoodExampleWorkbook() {}

  public static void write(List<Row> rows, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      SpreadsheetText texts = new SpreadsheetText(book);
      Sheet sheet = book.createSheet(SHEET);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      org.apache.poi.ss.usermodel.Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.size(); i++) {
        header.createCell(i).setCellStyle(bold);
        texts.write(header.getCell(i), HEADERS.get(i));
      }
      int n = 1;
      for (Row row : rows) {
        GoodExampleView e = row.example();
        org.apache.poi.ss.usermodel.Row line = sheet.createRow(n++);
        line.createCell(0).setCellValue(e.id());
        text(texts, line, 1, row.campaignName());
        text(texts, line, 2, e.title());
        text(texts, line, 3, e.description());
        text(texts, line, 4, e.unitCode());
        text(texts, line, 5, e.unitName());
        text(texts, line, 6, e.venueName());
        text(texts, line, 7, e.themeNames());
        text(texts, line, 8, e.originName());
        text(texts, line, 9, e.evidenceIds().stream().map(String::valueOf).collect(Collectors.joining(",")));
        text(texts, line, 10, e.standingRuleId() == null ? "否" : "是");
        text(texts, line, 11, e.createdBy());
        text(texts, line, 12, e.createdAt() == null ? null : TIME.format(e.createdAt()));
      }
      sheet.createFreezePane(0, 1);
      int[] widths = {8, 30, 30, 60, 12, 30, 10, 40, 14, 16, 16, 12, 18};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      book.write(out);
    }
  }

  private static void text(SpreadsheetText texts, org.apache.poi.ss.usermodel.Row line, int column, String value) {
    texts.write(line.createCell(column), value == null ? "" : value);
  }
}
