package cn.qijin.unit;

import cn.qijin.common.SpreadsheetText;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Venue;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.apache.poi.ss.usermodel.Cell;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.CellType;
import org.apache.poi.ss.usermodel.DataValidationHelper;
import org.apache.poi.ss.usermodel.DateUtil;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.ss.usermodel.Workbook;
import org.apache.poi.ss.util.CellRangeAddressList;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The unit registry as an .xlsx sheet (单位名册), one unit per row: the office's import template, the export, and
 * reading an upload back. Export and template share the columns, so an exported registry, edited and uploaded
 * again, imports what was edited and nothing else.
 */
final class UnitSheet {

  private static final Logger LOG = LoggerFactory.getLogger(UnitSheet.class);

  static final String SHEET = "单位名册";
  static final String GUIDE_SHEET = "填写说明";
  static final String ACTIVE = "参加活动";
  static final String INACTIVE = "停用";
  /** The most rows one upload may carry; a district has hundreds of units, a city a few thousand. */
  static final int MAX_ROWS = 10_000;

  enum Column {
    CODE("单位代码", 12), NAME("单位名称", 30), VENUE("场所类型", 10), ADDITIONAL_VENUES("附加场所类型", 16),
    CONTACT("联系人", 10), PHONE("电话", 16), EMAIL("邮箱", 24), STATE("状态", 10), ACCOUNTS("员工账号", 36);

    final String header;
    final int width;

    Column(String header, int width) {
      this.header = header;
      this.width = width;
    }
  }

  /** One filled row as read: cell texts trimmed, blank as empty; {@code number} is the row number Excel shows. */
  record Line(int number, Map<Column, String> cells) {
    String get(Column column) {
      return cells.getOrDefault(column, "");
    }
  }

  /** One unit as written into the export. */
  record Entry(Unit unit, List<StaffAccount> accounts) {}

  private static final String[] GUIDE = {
      "每行一个单位；第一行为表头，请勿修改表头。空行会被忽略。",
      "单位代码：必填，2–20 位字母或数字，在本名册中唯一；已登记的单位按单位代码更新，单位代码不能修改。",
      "单位名称、联系人、电话：必填。电话为 5–30 位数字，可含 + - ( ) 和空格。邮箱：选填。",
      "场所类型：必填，可选 企业、学校、机关、社区、农村、家庭、公共场所。",
      "附加场所类型：选填，单位同时承担的其他场所类型，多个用“、”分隔（如 企业 同时管理 公共场所）。",
      "状态：参加活动 或 停用；不填为 参加活动。停用的单位不参加此后发起的活动。",
      "员工账号：选填，每个账号写作“登录账号（姓名）”，多个用“、”分隔，如 zhangsan（张三）、lisi（李四）。"
          + "登录账号为 2–30 位字母或数字。新账号的初始密码在导入后显示一次，请转交本人；已有的账号不变。",
      "整表校验：任何一行有误时不导入任何内容，并列出每一行的错误；改正后重新上传即可。重复导入同一张表不会产生任何变化。"
  };

  private UnitSheet() {}

  /** The empty template, with the venue and state lists as drop-downs and a sheet that explains each column. */
  static void writeTemplate(OutputStream out) throws IOException {
    write(List.of(), out);
  }

  static void write(List<Entry> entries, OutputStream out) throws IOException {
    try (XSSFWorkbook book = new XSSFWorkbook()) {
      SpreadsheetText texts = new SpreadsheetText(book);
      Sheet sheet = book.createSheet(SHEET);
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);
      Row header = sheet.createRow(0);
      for (Column column : Column.values()) {
        header.createCell(column.ordinal()).setCellStyle(bold);
        texts.write(header.getCell(column.ordinal()), column.header);
        sheet.setColumnWidth(column.ordinal(), column.width * 256);
      }
      int n = 1;
      for (Entry entry : entries) {
        Row row = sheet.createRow(n++);
        for (Column column : Column.values()) {
          texts.write(row.createCell(column.ordinal()), text(entry, column));
        }
      }
      sheet.createFreezePane(0, 1);
      dropDown(sheet, Column.VENUE, Arrays.stream(Venue.values()).map(Venue::chineseName).toArray(String[]::new));
      dropDown(sheet, Column.STATE, new String[] {ACTIVE, INACTIVE});
      Sheet guide = book.createSheet(GUIDE_SHEET);
      guide.setColumnWidth(0, 120 * 256);
      for (int i = 0; i < GUIDE.length; i++) {
        texts.write(guide.createRow(i).createCell(0), GUIDE[i]);
      }
      book.write(out);
    }
  }

  /**
   * The filled rows of the upload's 单位名册 sheet (or its first sheet), columns found by their headers. A file that
   * is no .xlsx workbook, or whose header misses a required column, is refused as a whole.
   */
  static List<Line> read(InputStream in) {
    try (Workbook book = new XSSFWorkbook(in)) {
      Sheet sheet = book.getSheet(SHEET) != null ? book.getSheet(SHEET) : book.getSheetAt(0);
      Map<Column, Integer> columns = columns(sheet.getRow(sheet.getFirstRowNum()));
      List<Line> lines = new ArrayList<>();
      for (int r = sheet.getFirstRowNum() + 1; r <= sheet.getLastRowNum(); r++) {
        Row row = sheet.getRow(r);
        Map<Column, String> cells = new HashMap<>();
        columns.forEach((column, index) -> {
          String value = row == null ? "" : text(row.getCell(index));
          if (!value.isEmpty()) {
            cells.put(column, value);
          }
        });
        if (!cells.isEmpty()) {
          if (lines.size() == MAX_ROWS) {
            throw new InvalidInputException("一次最多导入 " + MAX_ROWS + " 行，请分成几张表导入");
          }
          lines.add(new Line(r + 1, cells));
        }
      }
      return lines;
    } catch (InvalidInputException refusal) {
      throw refusal;
    } catch (IOException | RuntimeException e) {
      // POI's ways of saying "not an .xlsx": NotOfficeXmlFileException, EmptyFileException, a broken zip, ...
      LOG.info("Refused an unreadable unit sheet: {}", e.toString());
      throw notAWorkbook();
    }
  }

  private static InvalidInputException notAWorkbook() {
    return new InvalidInputException("文件不是可读取的 Excel 工作簿（.xlsx），请使用“下载导入模板”得到的表格填写后上传");
  }

  private static Map<Column, Integer> columns(Row header) {
    Map<Column, Integer> found = new HashMap<>();
    if (header != null) {
      for (Cell cell : header) {
        String title = text(cell);
        Arrays.stream(Column.values()).filter(c -> c.header.equals(title)).findFirst()
            .ifPresent(c -> found.putIfAbsent(c, cell.getColumnIndex()));
      }
    }
    List<String> missing = Arrays.stream(Column.values())
        .filter(c -> c != Column.ADDITIONAL_VENUES && c != Column.STATE && c != Column.ACCOUNTS && c != Column.EMAIL)
        .filter(c -> !found.containsKey(c)).map(c -> c.header).toList();
    if (!missing.isEmpty()) {
      throw new InvalidInputException("表格第一行缺少表头：" + String.join("、", missing)
          + "。请使用“下载导入模板”得到的表格填写");
    }
    return found;
  }

  /** A cell as the clerk sees it: a phone number typed as a number stays all digits, not 1.38E10. */
  private static String text(Cell cell) {
    if (cell == null) {
      return "";
    }
    CellType type = cell.getCellType() == CellType.FORMULA ? cell.getCachedFormulaResultType() : cell.getCellType();
    String value = switch (type) {
      case STRING -> cell.getStringCellValue();
      case NUMERIC -> DateUtil.isCellDateFormatted(cell) ? cell.getLocalDateTimeCellValue().toLocalDate().toString()
          : BigDecimal.valueOf(cell.getNumericCellValue()).stripTrailingZeros().toPlainString();
      case BOOLEAN -> String.valueOf(cell.getBooleanCellValue());
      default -> "";
    };
    return value.strip();
  }

  private static String text(Entry entry, Column column) {
    Unit u = entry.unit();
    return switch (column) {
      case CODE -> u.getCode();
      case NAME -> u.getName();
      case VENUE -> u.getVenue().chineseName();
      case ADDITIONAL_VENUES -> String.join("、", u.getAdditionalVenues().stream().map(Venue::chineseName).toList());
      case CONTACT -> u.getContactPerson();
      case PHONE -> u.getPhone();
      case EMAIL -> u.getEmail() == null ? "" : u.getEmail();
      case STATE -> u.isActive() ? ACTIVE : INACTIVE;
      case ACCOUNTS -> String.join("、", entry.accounts().stream().map(a -> a.userId() + "（" + a.name() + "）").toList());
    };
  }

  private static void dropDown(Sheet sheet, Column column, String[] values) {
    DataValidationHelper helper = sheet.getDataValidationHelper();
    var validation = helper.createValidation(helper.createExplicitListConstraint(values),
        new CellRangeAddressList(1, MAX_ROWS, column.ordinal(), column.ordinal()));
    validation.setShowErrorBox(true);
    validation.createErrorBox(column.header + "填写有误", "请从下拉列表中选择" + column.header);
    sheet.addValidationData(validation);
  }
}
