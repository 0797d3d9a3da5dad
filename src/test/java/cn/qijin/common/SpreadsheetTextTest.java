package cn.qijin.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.apache.poi.ss.usermodel.BorderStyle;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.junit.jupiter.api.Test;
import org.springframework.asm.ClassReader;
import org.springframework.asm.ClassVisitor;
import org.springframework.asm.MethodVisitor;
import org.springframework.asm.Opcodes;

/** Issue 10: text that a spreadsheet would take for a formula stays text, in every workbook the exports write. */
class SpreadsheetTextTest {

  /** What the exports must neutralise, and the full-width forms an input method may type. */
  static final List<String> FORMULA_LIKE = List.of("=HYPERLINK(\"http://x\",\"点我\")", "+1+1", "-1+1", "@SUM(A1)",
      "\t=1+1", "\r=1+1", "＝1+1", "＋1", "－1", "＠SUM(A1)");

  @Test
  void textThatReadsAsAFormulaIsAQuotePrefixedStringWithItsValueUnchanged() throws IOException {
    for (boolean streaming : new boolean[] {false, true}) {
      byte[] bytes = write(streaming, (texts, row, style) -> {
        int c = 0;
        for (String value : FORMULA_LIKE) {
          Cell cell = row.createCell(c++);
          cell.setCellStyle(style);
          texts.write(cell, value);
        }
      });
      try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
        Row row = read.getSheetAt(0).getRow(0);
        for (int c = 0; c < FORMULA_LIKE.size(); c++) {
          Cell cell = row.getCell(c);
          assertThat(cell.getCellType()).as(FORMULA_LIKE.get(c)).isEqualTo(CellType.STRING);
          assertThat(cell.getStringCellValue()).isEqualTo(FORMULA_LIKE.get(c));
          assertThat(cell.getCellStyle().getQuotePrefixed()).as(FORMULA_LIKE.get(c)).isTrue();
          // the copy keeps what the cell's style was
          assertThat(cell.getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
        }
        // one quote-prefixed copy of the style, however many cells need it
        assertThat(row.getCell(0).getCellStyle().getIndex()).isEqualTo(row.getCell(1).getCellStyle().getIndex());
      }
    }
  }

  @Test
  void otherTextKeepsItsStyleAndNumbersStayNumbers() throws IOException {
    List<String> plain = List.of("宏达机械制造有限公司", "1+1", " =1+1", "a=b", "");
    byte[] bytes = write(false, (texts, row, style) -> {
      int c = 0;
      for (String value : plain) {
        Cell cell = row.createCell(c++);
        cell.setCellStyle(style);
        texts.write(cell, value);
      }
      row.createCell(c++).setCellValue(-5);
      texts.write(row.createCell(c), null);
    });
    try (XSSFWorkbook read = new XSSFWorkbook(new ByteArrayInputStream(bytes))) {
      Row row = read.getSheetAt(0).getRow(0);
      for (int c = 0; c < plain.size(); c++) {
        assertThat(row.getCell(c).getCellType()).isEqualTo(CellType.STRING);
        assertThat(row.getCell(c).getStringCellValue()).isEqualTo(plain.get(c));
        assertThat(row.getCell(c).getCellStyle().getQuotePrefixed()).as(plain.get(c)).isFalse();
        assertThat(row.getCell(c).getCellStyle().getBorderTop()).isEqualTo(BorderStyle.THIN);
      }
      assertThat(row.getCell(plain.size()).getNumericCellValue()).isEqualTo(-5);
      assertThat(row.getCell(plain.size() + 1).getCellType()).isEqualTo(CellType.BLANK);
    }
  }

  /**
   * The helper is the only way the application writes text into a cell: no other class calls
   * {@code setCellValue(String)}, {@code setCellValue(RichTextString)}, {@code setCellFormula} or CellUtil's
   * text-writing {@code createCell}, so a new workbook cannot forget the neutralisation.
   */
  @Test
  void noOtherClassWritesTextIntoACell() throws IOException, URISyntaxException {
    Path classes = Path.of(SpreadsheetText.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    List<String> callers = new ArrayList<>();
    try (Stream<Path> files = Files.walk(classes)) {
      for (Path file : files.filter(f -> f.toString().endsWith(".class")).toList()) {
        try (InputStream in = Files.newInputStream(file)) {
          callers.addAll(cellTextWriters(new ClassReader(in)));
        }
      }
    }
    String helper = SpreadsheetText.class.getName().replace('.', '/');
    assertThat(callers).as("the scan finds the helper's own call").anyMatch(c -> c.startsWith(helper + " "));
    assertThat(callers).allMatch(c -> c.startsWith(helper + " "));
  }

  private static final Set<String> TEXT_SETTERS = Set.of("setCellValue(Ljava/lang/String;)V",
      "setCellValue(Lorg/apache/poi/ss/usermodel/RichTextString;)V");

  private static List<String> cellTextWriters(ClassReader reader) {
    List<String> found = new ArrayList<>();
    reader.accept(new ClassVisitor(Opcodes.ASM9) {
      @Override
      public MethodVisitor visitMethod(int access, String name, String descriptor, String signature,
          String[] exceptions) {
        String where = reader.getClassName() + " " + name;
        return new MethodVisitor(Opcodes.ASM9) {
          @Override
          public void visitMethodInsn(int opcode, String owner, String method, String desc, boolean itf) {
            boolean poi = owner.startsWith("org/apache/poi/");
            if (poi && (TEXT_SETTERS.contains(method + desc) || method.equals("setCellFormula")
                || owner.equals("org/apache/poi/ss/util/CellUtil") && method.equals("createCell"))) {
              found.add(where + " calls " + owner + "." + method + desc);
            }
          }
        };
      }
    }, ClassReader.SKIP_DEBUG);
    return found;
  }

  private interface Writer {
    void write(SpreadsheetText texts, Row row, CellStyle style);
  }

  private static byte[] write(boolean streaming, Writer writer) throws IOException {
    try (Workbook book = streaming ? new SXSSFWorkbook() : new XSSFWorkbook()) {
      CellStyle bordered = book.createCellStyle();
      bordered.setBorderTop(BorderStyle.THIN);
      Sheet sheet = book.createSheet("表");
      writer.write(new SpreadsheetText(book), sheet.createRow(0), bordered);
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      return out.toByteArray();
    }
  }
}
