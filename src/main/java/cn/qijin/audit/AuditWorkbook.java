package cn.qijin.audit;

import cn.qijin.audit.internal.AuditEvent;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.common.SpreadsheetText;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.streaming.SXSSFWorkbook;

/**
 * The trail as an Excel workbook: one row per event, Chinese headers, times in Asia/Shanghai. Text goes through
 * {@link SpreadsheetText}: a detail such as a unit's name "=HYPERLINK(…)" stays text.
 */
final class AuditWorkbook {

  static final String[] HEADERS = {"时间", "操作人", "操作人账号", "操作", "操作代码", "对象类型", "对象", "对象编号", "活动编号",
      "单位", "单位编码", "流程实例", "任务编号", "任务名称", "详情"};

  private AuditWorkbook() {}

  static byte[] write(List<AuditEvent> events, AuditNames names, String filters, String exportedBy, Instant exportedAt) {
    try (SXSSFWorkbook book = new SXSSFWorkbook(500)) {
      SpreadsheetText texts = new SpreadsheetText(book);
      CellStyle time = book.createCellStyle();
      time.setDataFormat(book.createDataFormat().getFormat("yyyy-mm-dd hh:mm:ss"));
      CellStyle bold = book.createCellStyle();
      Font font = book.createFont();
      font.setBold(true);
      bold.setFont(font);

      Sheet sheet = book.createSheet("审计记录");
      Row header = sheet.createRow(0);
      for (int i = 0; i < HEADERS.length; i++) {
        header.createCell(i).setCellStyle(bold);
        texts.write(header.getCell(i), HEADERS[i]);
      }
      int r = 1;
      for (AuditEvent e : events) {
        Row row = sheet.createRow(r++);
        row.createCell(0).setCellValue(shanghai(e.getOccurredAt()));
        row.getCell(0).setCellStyle(time);
        text(texts, row, 1, names.person(e.getActor()));
        text(texts, row, 2, e.getActor());
        text(texts, row, 3, e.getActionName());
        text(texts, row, 4, e.getAction().name());
        text(texts, row, 5, e.getSubjectType() == null ? null : e.getSubjectType().chineseName());
        text(texts, row, 6, names.subjectTitle(e));
        text(texts, row, 7, e.getSubjectId());
        text(texts, row, 8, e.getCampaignId() == null ? null : e.getCampaignId().toString());
        text(texts, row, 9, names.unit(e.getUnitCode()));
        text(texts, row, 10, e.getUnitCode());
        text(texts, row, 11, e.getProcessInstanceId());
        text(texts, row, 12, e.getTaskId());
        text(texts, row, 13, e.getTaskName());
        text(texts, row, 14, e.getDetail());
      }
      int[] widths = {20, 14, 14, 22, 22, 12, 30, 38, 10, 24, 12, 38, 38, 40, 60};
      for (int i = 0; i < widths.length; i++) {
        sheet.setColumnWidth(i, widths[i] * 256);
      }
      sheet.createFreezePane(0, 1);

      Sheet about = book.createSheet("导出说明");
      int a = 0;
      a = pair(texts, about, a, "导出人", exportedBy);
      Row at = about.createRow(a++);
      texts.write(at.createCell(0), "导出时间");
      at.createCell(1).setCellValue(shanghai(exportedAt));
      at.getCell(1).setCellStyle(time);
      a = pair(texts, about, a, "记录条数", Integer.toString(events.size()));
      pair(texts, about, a, "筛选条件", filters);
      about.setColumnWidth(0, 12 * 256);
      about.setColumnWidth(1, 60 * 256);

      ByteArrayOutputStream out = new ByteArrayOutputStream();
      book.write(out);
      book.dispose();
      return out.toByteArray();
    } catch (IOException e) {
      throw new UncheckedIOException("Could not write the audit workbook", e);
    }
  }

  private static int pair(SpreadsheetText texts, Sheet sheet, int rowIndex, String label, String value) {
    Row row = sheet.createRow(rowIndex);
    texts.write(row.createCell(0), label);
    texts.write(row.createCell(1), value);
    return rowIndex + 1;
  }

  private static void text(SpreadsheetText texts, Row row, int column, String value) {
    if (value != null) {
      texts.write(row.createCell(column), value);
    }
  }

  private static LocalDateTime shanghai(Instant instant) {
    return LocalDateTime.ofInstant(instant, CampaignClock.ZONE);
  }
}
