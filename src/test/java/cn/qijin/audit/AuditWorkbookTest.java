package cn.qijin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.audit.internal.AuditEvent;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;

/** Issue 10: what users typed stays text in the audit export, even when a spreadsheet would read it as a formula. */
class AuditWorkbookTest {

  static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"http://x\",\"点我\")，企业", "+1+1", "-1+1",
      "@SUM(A1)", "\t=1+1", "\r=1+1");

  @Test
  void detailsActorsAndFiltersThatReadAsFormulasAreQuotePrefixedText() throws IOException {
    Instant at = Instant.parse("2017-06-01T01:00:00Z");
    List<AuditEvent> events = new ArrayList<>();
    for (String text : FORMULA_LIKE) {
      events.add(new AuditEvent(at, text, AuditEntry.of(AuditAction.UNIT_UPDATED, AuditSubject.UNIT, 1).detail(text),
          "E001"));
    }
    events.add(new AuditEvent(at, "office", AuditEntry.of(AuditAction.UNIT_UPDATED, AuditSubject.UNIT, 1)
        .detail("宏达机械制造有限公司，企业"), "E001"));
    byte[] bytes = AuditWorkbook.write(events, AuditNames.NONE, "=筛选", "@office", at);

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Sheet sheet = book.getSheet("审计记录");
      for (int i = 0; i < FORMULA_LIKE.size(); i++) {
        Row row = sheet.getRow(1 + i);
        assertQuoted(row.getCell(1), FORMULA_LIKE.get(i));
        assertQuoted(row.getCell(2), FORMULA_LIKE.get(i));
        assertQuoted(row.getCell(14), FORMULA_LIKE.get(i));
        assertThat(row.getCell(0).getCellType()).isEqualTo(CellType.NUMERIC);
        assertThat(row.getCell(3).getCellStyle().getQuotePrefixed()).isFalse();
      }
      Row plain = sheet.getRow(1 + FORMULA_LIKE.size());
      assertThat(plain.getCell(14).getStringCellValue()).isEqualTo("宏达机械制造有限公司，企业");
      assertThat(plain.getCell(14).getCellStyle().getQuotePrefixed()).isFalse();
      Sheet about = book.getSheet("导出说明");
      assertQuoted(about.getRow(0).getCell(1), "@office");
      assertQuoted(about.getRow(3).getCell(1), "=筛选");
    }
  }

  private static void assertQuoted(Cell cell, String value) {
    assertThat(cell.getCellType()).as("cell %s", cell.getAddress()).isEqualTo(CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo(value);
    assertThat(cell.getCellStyle().getQuotePrefixed()).as("cell %s quote-prefixed", cell.getAddress()).isTrue();
  }

  @Test
  void namesStandNextToLoginsAndUnitCodesAndTheEngineIsSystem() throws IOException {
    Instant at = Instant.parse("2017-06-01T01:00:00Z");
    List<AuditEvent> events = List.of(
        new AuditEvent(at, "office", AuditEntry.of(AuditAction.UNIT_UPDATED, AuditSubject.UNIT, 1), "E001"),
        new AuditEvent(at, "system", AuditEntry.of(AuditAction.UNIT_UPDATED, AuditSubject.UNIT, 1), "E404"));
    AuditNames names = new AuditNames(Map.of("office", "王科长"), Map.of("E001", "宏达机械制造有限公司"), Map.of());

    try (XSSFWorkbook book = new XSSFWorkbook(new ByteArrayInputStream(
        AuditWorkbook.write(events, names, "", "office", at)))) {
      Row known = book.getSheet("审计记录").getRow(1);
      assertThat(List.of(known.getCell(1), known.getCell(2), known.getCell(9), known.getCell(10)))
          .extracting(Cell::getStringCellValue).containsExactly("王科长", "office", "宏达机械制造有限公司", "E001");
      Row engine = book.getSheet("审计记录").getRow(2);
      assertThat(List.of(engine.getCell(1), engine.getCell(2), engine.getCell(9), engine.getCell(10)))
          .extracting(Cell::getStringCellValue).containsExactly("系统", "system", "E404", "E404");
    }
  }
}
