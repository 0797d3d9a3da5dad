package cn.qijin.supervision.document;

import cn.qijin.supervision.QuarterSummary;
import cn.qijin.supervision.VenueQuarterSummary;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;

/**
 * The quarterly summary as an Excel workbook (ORG-2 汇总): the sheet 汇总, one sheet per venue in the summary's
 * order (企业, 学校, …) with its units ranked, and the unit × quarter compliance matrix.
 */
public final class QuarterWorkbook {

  public static final String CONTENT_TYPE = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

  private QuarterWorkbook() {}

  /**
   * Writes the workbook to {@code out}, which is left open.
   *
   * @throws IllegalArgumentException if the summary lacks what the workbook shows or its totals do not add up
   */
  public static void write(QuarterSummary summary, OutputStream out) throws IOException {
    write(summary, null, out);
  }

  /** As {@link #write(QuarterSummary, OutputStream)}, the 汇总 sheet naming who reports it ({@code reportedBy}, ORG-2). */
  public static void write(QuarterSummary summary, String reportedBy, OutputStream out) throws IOException {
    SummaryCheck.header(summary);
    SummaryCheck.venues(summary);
    SummaryCheck.totals(summary);
    SummaryCheck.matrix(summary);
    Require.present(out, "out");
    try (XSSFWorkbook workbook = new XSSFWorkbook()) {
      WorkbookStyles styles = new WorkbookStyles(workbook);
      SummarySheet.write(workbook.createSheet(SummarySheet.NAME), summary, reportedBy, styles);
      for (VenueQuarterSummary venue : summary.venues()) {
        VenueSheet.write(workbook.createSheet(venue.venue().chineseName()), summary, venue, styles);
      }
      MatrixSheet.write(workbook.createSheet(MatrixSheet.NAME), summary.quarterName(), summary.matrix(), styles);
      workbook.write(out);
    }
  }

  /** E.g. 2017年安全生产宣传教育“七进”活动-2026年第四季度汇总表.xlsx */
  public static String fileName(QuarterSummary summary) {
    SummaryCheck.header(summary);
    return FileNames.safe(summary.campaignName() + "-" + summary.quarterName() + "汇总表") + ".xlsx";
  }
}
