package cn.qijin.consolidation;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 10: a good example's title, practice or unit name that reads as a formula stays text in the export. */
class GoodExampleWorkbookTest {

  static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+1", "-班组讨论",
      "@SUM(A1)", "\t=1+1", "\r=1+1");

  @Test
  void textThatReadsAsAFormulaIsQuotePrefixedWithItsValueUnchanged() throws IOException {
    List<GoodExampleWorkbook.Row> rows = new ArrayList<>();
    long id = 1;
    for (String text : FORMULA_LIKE) {
      rows.add(row(id++, text, text, text, "=活动"));
    }
    rows.add(row(id, "班组事故案例讨论会", "每月一次", "宏达机械制造有限公司", "2017年“七进”活动"));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    GoodExampleWorkbook.write(rows, out);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(out.toByteArray()))) {
      Sheet sheet = book.getSheet(GoodExampleWorkbook.SHEET);
      for (int i = 0; i < FORMULA_LIKE.size(); i++) {
        Row row = sheet.getRow(1 + i);
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertQuoted(row.getCell(1), "=活动");
        assertQuoted(row.getCell(2), FORMULA_LIKE.get(i));
        assertQuoted(row.getCell(3), FORMULA_LIKE.get(i));
        assertQuoted(row.getCell(5), FORMULA_LIKE.get(i));
        assertThat(row.getCell(4).getCellStyle().getQuotePrefixed()).isFalse();
      }
      Row plain = sheet.getRow(1 + FORMULA_LIKE.size());
      assertThat(plain.getCell(2).getStringCellValue()).isEqualTo("班组事故案例讨论会");
      assertThat(plain.getCell(2).getCellStyle().getQuotePrefixed()).isFalse();
      assertThat(book.getFontAt(sheet.getRow(0).getCell(2).getCellStyle().getFontIndex()).getBold()).isTrue();
    }
  }

  private static GoodExampleWorkbook.Row row(long id, String title, String description, String unitName,
      String campaignName) {
    return new GoodExampleWorkbook.Row(new GoodExampleView(id, 7L, title, description, "DIRECT", "办公室登记", "E001",
        unitName, "ENTERPRISE", "企业", "T5", "T5 安全生产知识技能", List.of(3L), List.of(), null, "office",
        Instant.parse("2017-07-10T02:00:00Z"), List.of()), campaignName);
  }

  private static void assertQuoted(Cell cell, String value) {
    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo(value);
    assertThat(cell.getCellStyle().getQuotePrefixed()).as("cell %s quote-prefixed", cell.getAddress()).isTrue();
  }
}
