package cn.qijin.supervision.document;

import cn.qijin.supervision.NoticeContent;
import cn.qijin.supervision.QuarterSummary;
import java.io.IOException;
import java.io.OutputStream;
import org.apache.poi.xwpf.usermodel.XWPFDocument;

/**
 * The quarterly 通报 as a Word document (ORG-2 通报) in the layout of GB/T 9704-2012: the notice the office
 * drafted, followed on a page of its own by 附件1, the units' ranking per venue from the quarter's summary.
 * The first attachment title names that ranking; further attachments are listed but travel separately.
 */
public final class NoticeDocument {

  public static final String CONTENT_TYPE =
      "application/vnd.openxmlformats-officedocument.wordprocessingml.document";

  private NoticeDocument() {}

  /**
   * Writes the notice to {@code out}, which is left open.
   *
   * @throws IllegalArgumentException if the notice or the summary lacks what the document shows
   */
  public static void write(NoticeContent notice, QuarterSummary summary, OutputStream out) throws IOException {
    check(notice);
    SummaryCheck.header(summary);
    SummaryCheck.venues(summary);
    Require.present(out, "out");
    try (XWPFDocument document = new XWPFDocument()) {
      NoticePage.setUp(document);
      NoticeParagraphs paragraphs = new NoticeParagraphs(document);
      new NoticeBody(paragraphs, notice).write();
      String label = notice.attachments().size() == 1 ? "附件" : "附件1";
      new RankingAttachment(document, paragraphs).write(label, notice.attachments().get(0), summary);
      document.write(out);
    }
  }

  /** The title as the file's name, e.g. 关于2026年第四季度“七进”活动开展情况的通报.docx */
  public static String fileName(NoticeContent notice) {
    Require.present(notice, "notice");
    return FileNames.safe(String.join(" ", DocumentText.lines(Require.text(notice.title(), "notice.title"))))
        + ".docx";
  }

  private static void check(NoticeContent notice) {
    Require.present(notice, "notice");
    Require.text(notice.issuer(), "notice.issuer");
    Require.text(notice.documentNumber(), "notice.documentNumber");
    Require.text(notice.title(), "notice.title");
    Require.present(notice.issueDate(), "notice.issueDate");
    Require.text(notice.addressee(), "notice.addressee");
    Require.that(!NoticeBody.addressee(notice.addressee()).equals("："),
        "notice.addressee must name the addressees, not only a colon");
    Require.notEmpty(notice.paragraphs(), "notice.paragraphs");
    Require.texts(notice.paragraphs(), "notice.paragraphs");
    Require.texts(notice.commendedUnits(), "notice.commendedUnits");
    Require.elements(notice.namedUnits(), "notice.namedUnits");
    for (int i = 0; i < notice.namedUnits().size(); i++) {
      Require.text(notice.namedUnits().get(i).unitName(), "notice.namedUnits[" + i + "].unitName");
      Require.text(notice.namedUnits().get(i).reason(), "notice.namedUnits[" + i + "].reason");
    }
    Require.notEmpty(notice.attachments(), "notice.attachments");
    Require.texts(notice.attachments(), "notice.attachments");
  }
}
