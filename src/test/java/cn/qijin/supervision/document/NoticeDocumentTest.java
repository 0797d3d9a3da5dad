package cn.qijin.supervision.document;

import static cn.qijin.supervision.document.SupervisionDocumentFixtures.ISSUER;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.notice;
import static cn.qijin.supervision.document.SupervisionDocumentFixtures.summary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.supervision.NoticeContent;
import cn.qijin.supervision.QuarterSummary;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.IBodyElement;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;
import org.apache.poi.xwpf.usermodel.XWPFTable;
import org.apache.poi.xwpf.usermodel.XWPFTableRow;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;

class NoticeDocumentTest {

  private static XWPFDocument document;
  private static List<XWPFParagraph> paragraphs;

  @BeforeAll
  static void writeAndReadBack() throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NoticeDocument.write(notice(), summary(), bytes);
    SupervisionDocumentFixtures.keep("七进办〔2027〕1号-通报.docx", bytes);
    document = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()));
    paragraphs = document.getParagraphs();
  }

  @Test
  void headHasTheRedIssuerMarkTheNumberAboveARedRuleAndTheTitle() {
    XWPFParagraph mark = paragraphs.get(0);
    assertThat(mark.getText()).isEqualTo(ISSUER + "文件");
    assertThat(mark.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    XWPFRun markRun = mark.getRuns().get(0);
    assertThat(markRun.getColor()).isEqualTo("FF0000");
    assertThat(markRun.getFontFamily(FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
    assertThat(markRun.getFontSizeAsDouble()).isGreaterThanOrEqualTo(22.0);
    // 25 characters do not fit 156 mm at 22 pt: narrowed instead of wrapped
    assertThat(markRun.getTextScale()).isBetween(50, 99);

    XWPFParagraph number = paragraphs.get(1);
    assertThat(number.getText()).isEqualTo("七进办〔2027〕1号");
    assertThat(number.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    assertThat(number.getBorderBottom()).isEqualTo(Borders.SINGLE);
    CTBorder rule = number.getCTP().getPPr().getPBdr().getBottom();
    assertThat(rule.xgetColor().getStringValue()).isEqualTo("FF0000");

    XWPFParagraph title = paragraphs.get(2);
    assertThat(title.getText()).isEqualTo("关于2026年第四季度安全生产宣传教育“七进”活动开展情况的通报");
    assertThat(title.getAlignment()).isEqualTo(ParagraphAlignment.CENTER);
    XWPFRun titleRun = title.getRuns().get(0);
    assertThat(titleRun.isBold()).isTrue();
    assertThat(titleRun.getFontSizeAsDouble()).isEqualTo(22.0);
    assertThat(titleRun.getFontFamily(FontCharRange.eastAsia)).isEqualTo("方正小标宋简体");
    assertThat(titleRun.getFontFamily(FontCharRange.ascii)).isEqualTo("宋体");
  }

  @Test
  void addresseeAndBodyFollowInFangsongWithTwoCharacterIndent() {
    assertThat(paragraphs.get(3).getText()).isEqualTo("各参与单位：");
    List<String> body = notice().paragraphs();
    for (int i = 0; i < body.size(); i++) {
      XWPFParagraph paragraph = paragraphs.get(4 + i);
      assertThat(paragraph.getText()).isEqualTo(body.get(i));
      assertThat(paragraph.getAlignment()).isEqualTo(ParagraphAlignment.BOTH);
      assertThat(paragraph.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
      XWPFRun run = paragraph.getRuns().get(0);
      assertThat(run.getFontFamily(FontCharRange.eastAsia)).isEqualTo("仿宋_GB2312");
      assertThat(run.getFontSizeAsDouble()).isEqualTo(16.0);
    }
  }

  @Test
  void commendedAndNamedUnitsHaveTheirSections() {
    List<String> texts = texts(7, 13);
    assertThat(texts).containsExactly(
        "一、通报表扬",
        "对以下2个单位予以通报表扬：区安全生产示范企业甲、实验小学。",
        "二、通报批评",
        "对以下2个单位予以通报批评：",
        "1. 城东化工有限公司：季度事故警示教育逾期未履行，经领导小组督办。",
        "2. 第二中学：季度任务逾期未履行。");
    assertThat(paragraphs.get(7).getRuns().get(0).getFontFamily(FontCharRange.eastAsia)).isEqualTo("黑体");
  }

  @Test
  void attachmentsAreListedThenTheIssuerSignsWithTheDate() {
    assertThat(texts(13, 17)).containsExactly(
        "附件：1. 2026年第四季度各场所单位排名",
        "2. 2026年第四季度汇总表（电子表格，另发）",
        ISSUER,
        "2027年1月8日");
    XWPFParagraph signature = paragraphs.get(15);
    XWPFParagraph date = paragraphs.get(16);
    assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    assertThat(date.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
    // issue 11: both four characters from the right (右空四字), placed by alignment, kept whole and together
    // with the 附件说明 and the end of the text
    assertThat(signature.getIndentationRight()).isEqualTo(4 * NoticeParagraphs.CHAR);
    assertThat(date.getIndentationRight()).isEqualTo(4 * NoticeParagraphs.CHAR);
    assertThat(date.getRuns()).hasSize(1);
    assertThat(signature.getCTPPr().isSetKeepNext()).isTrue();
    assertThat(signature.getCTPPr().isSetKeepLines()).isTrue();
    assertThat(date.getCTPPr().isSetKeepLines()).isTrue();
    assertThat(paragraphs.get(13).getCTPPr().isSetKeepNext()).isTrue();
    assertThat(paragraphs.get(14).getCTPPr().isSetKeepNext()).isTrue();
    assertThat(paragraphs.get(12).getCTPPr().isSetKeepNext()).as("the text's last paragraph").isTrue();
    assertThat(paragraphs.get(11).getCTPPr().isSetKeepNext()).isFalse();
  }

  @Test
  void anIssuerLongerThanTheLineIsNarrowedToStayOnOneLine() throws IOException {
    NoticeContent n = notice();
    String issuer = "台儿庄区经济和信息化局安全生产宣传教育“七进”活动办公室";
    NoticeContent longIssuer = new NoticeContent(issuer, n.documentNumber(), n.title(), n.issueDate(),
        n.addressee(), n.paragraphs(), n.commendedUnits(), n.namedUnits(), n.attachments());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NoticeDocument.write(longIssuer, summary(), bytes);
    try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
      XWPFParagraph signature = read.getParagraphs().stream().filter(p -> p.getText().equals(issuer))
          .findFirst().orElseThrow();
      assertThat(signature.getAlignment()).isEqualTo(ParagraphAlignment.RIGHT);
      assertThat(signature.getIndentationRight()).isZero();
      // 28 characters on a line of 27.6 characters, less a quarter character to spare: 97 %
      assertThat(signature.getRuns().get(0).getTextScale()).isEqualTo(97);
    }
  }

  @Test
  void rankingIsAttachmentOneOnItsOwnPageWithATablePerVenue() {
    XWPFParagraph label = paragraphs.get(17);
    assertThat(label.getText()).isEqualTo("附件1");
    assertThat(label.isPageBreak()).isTrue();
    assertThat(label.getRuns().get(0).getFontFamily(FontCharRange.eastAsia)).isEqualTo("黑体");
    assertThat(paragraphs.get(18).getText()).isEqualTo("2026年第四季度各场所单位排名");
    assertThat(paragraphs.get(19).getText()).isEqualTo("统计期间：2026年第四季度（2026年10月1日至2026年12月31日）");
    assertThat(paragraphs.get(20).getText()).isEqualTo("统计截至：2027年1月8日 09:30（北京时间）");
    assertThat(paragraphs.get(21).getText()).isEqualTo(QuarterSummary.RANKING_RULE + "。");

    List<String> flow = new ArrayList<>();
    for (IBodyElement element : document.getBodyElements().subList(document.getPosOfParagraph(paragraphs.get(22)),
        document.getBodyElements().size())) {
      flow.add(element instanceof XWPFParagraph p ? p.getText() : "[table]");
    }
    assertThat(flow).containsExactly("一、企业", "[table]", "二、学校", "[table]", "三、机关", "本场所暂无参与单位。");

    List<XWPFTable> tables = document.getTables();
    assertThat(tables).hasSize(2);
    assertThat(rows(tables.get(0))).containsExactly(
        List.of("排名", "单位名称", "完成率", "逾期未履行", "督办次数"),
        List.of("1", "区安全生产示范企业甲", "100.0%", "0", "0"),
        List.of("2", "宏达机械制造有限公司", "100.0%", "0", "1"),
        List.of("3", "城东化工有限公司", "50.0%", "1", "3"));
    assertThat(rows(tables.get(1))).containsExactly(
        List.of("排名", "单位名称", "完成率", "逾期未履行", "督办次数"),
        List.of("1", "实验小学", "100.0%", "0", "0"),
        List.of("2", "第二中学", "0.0%", "1", "2"));
    assertThat(tables.get(0).getRow(0).isRepeatHeader()).isTrue();
  }

  @Test
  void pageIsA4WithTheStandardMarginsAndPageNumbers() {
    CTSectPr section = document.getDocument().getBody().getSectPr();
    assertThat(twips(section.getPgSz().getW())).isEqualTo(11906);
    assertThat(twips(section.getPgSz().getH())).isEqualTo(16838);
    CTPageMar margins = section.getPgMar();
    assertThat(twips(margins.getTop())).isEqualTo(2098);    // 37 mm
    assertThat(twips(margins.getBottom())).isEqualTo(1984); // 35 mm
    assertThat(twips(margins.getLeft())).isEqualTo(1587);   // 28 mm
    assertThat(twips(margins.getRight())).isEqualTo(1474);  // 26 mm

    assertThat(document.getFooterList()).hasSize(2);
    for (XWPFFooter footer : document.getFooterList()) {
      XWPFParagraph number = footer.getParagraphs().get(0);
      assertThat(number.getText()).isEqualTo("— 1 —");
      assertThat(number.getCTP().xmlText()).contains("PAGE");
    }
    assertThat(document.getEvenAndOddHeadings()).isTrue();
  }

  @Test
  void singleAttachmentIsNotNumbered() throws IOException {
    NoticeContent n = notice();
    NoticeContent single = new NoticeContent(n.issuer(), n.documentNumber(), n.title(), n.issueDate(), "各参与单位：",
        n.paragraphs(), List.of(), List.of(), List.of("各场所单位排名"));
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NoticeDocument.write(single, summary(), bytes);
    try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
      List<String> texts = read.getParagraphs().stream().map(XWPFParagraph::getText).toList();
      assertThat(texts).contains("各参与单位：", "附件：各场所单位排名", "附件")
          .doesNotContain("各参与单位：：", "一、通报表扬", "一、通报批评", "附件1");
    }
  }

  @Test
  void rejectsANoticeItCannotRender() {
    NoticeContent n = notice();
    assertRejected(null, "notice must not be null");
    assertRejected(new NoticeContent(n.issuer(), n.documentNumber(), " ", n.issueDate(), n.addressee(),
        n.paragraphs(), n.commendedUnits(), n.namedUnits(), n.attachments()), "notice.title must not be blank");
    assertRejected(new NoticeContent(n.issuer(), n.documentNumber(), n.title(), null, n.addressee(),
        n.paragraphs(), n.commendedUnits(), n.namedUnits(), n.attachments()), "notice.issueDate must not be null");
    assertRejected(new NoticeContent(n.issuer(), n.documentNumber(), n.title(), n.issueDate(), "：",
        n.paragraphs(), n.commendedUnits(), n.namedUnits(), n.attachments()),
        "notice.addressee must name the addressees, not only a colon");
    assertRejected(new NoticeContent(n.issuer(), n.documentNumber(), n.title(), n.issueDate(), n.addressee(),
        List.of(), n.commendedUnits(), n.namedUnits(), n.attachments()), "notice.paragraphs must not be empty");
    assertRejected(new NoticeContent(n.issuer(), n.documentNumber(), n.title(), n.issueDate(), n.addressee(),
        List.of("第一段", "\n\r\n"), n.commendedUnits(), n.namedUnits(), n.attachments()),
        "notice.paragraphs[1] must not be blank");
    assertRejected(new NoticeContent(n.issuer(), n.documentNumber(), n.title(), n.issueDate(), n.addressee(),
        n.paragraphs(), null, n.namedUnits(), n.attachments()), "notice.commendedUnits must not be null");
    assertRejected(new NoticeContent(n.issuer(), n.documentNumber(), n.title(), n.issueDate(), n.addressee(),
        n.paragraphs(), n.commendedUnits(), List.of(new NoticeContent.NamedUnit("第二中学", "")), n.attachments()),
        "notice.namedUnits[0].reason must not be blank");
    assertRejected(new NoticeContent(n.issuer(), n.documentNumber(), n.title(), n.issueDate(), n.addressee(),
        n.paragraphs(), n.commendedUnits(), n.namedUnits(), List.of()), "notice.attachments must not be empty");
  }

  /**
   * Issue 10: what the drafting form accepts renders. A line of the body typed in the textarea is a paragraph of
   * its own (LF, CR LF, CR; blank lines and leading spaces left out); a line break elsewhere is a line break;
   * a tab is a tab; a control character stored before the drafting check is left out instead of failing.
   */
  @Test
  void lineBreaksRenderAndControlCharactersAreLeftOut() throws IOException {
    NoticeContent n = notice();
    NoticeContent typed = new NoticeContent(n.issuer(), n.documentNumber(), "关于第四季度\n“七进”活动的通报",
        n.issueDate(), n.addressee(),
        List.of("第一行\n第二行\r\n\r\n　　第三行\r第四行", "一、工作进展\t良好", "响铃\u0007字符"),
        n.commendedUnits(), List.of(new NoticeContent.NamedUnit("第二中学", "逾期未履行\n已督办")), n.attachments());
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    NoticeDocument.write(typed, summary(), bytes);
    try (XWPFDocument read = new XWPFDocument(new ByteArrayInputStream(bytes.toByteArray()))) {
      List<XWPFParagraph> all = read.getParagraphs();
      assertThat(all.get(2).getText()).isEqualTo("关于第四季度\n“七进”活动的通报");
      assertThat(all.get(2).getRuns().get(0).getCTR().sizeOfBrArray()).isEqualTo(1);
      List<String> body = all.subList(4, 10).stream().map(XWPFParagraph::getText).toList();
      assertThat(body).containsExactly("第一行", "第二行", "第三行", "第四行", "一、工作进展\t良好", "响铃字符");
      for (XWPFParagraph paragraph : all.subList(4, 10)) {
        assertThat(paragraph.getCTP().getPPr().getInd().getFirstLineChars()).isEqualTo(BigInteger.valueOf(200));
      }
      assertThat(all.get(8).getRuns().get(0).getCTR().sizeOfTabArray()).isEqualTo(1);
      assertThat(all.stream().map(XWPFParagraph::getText)).contains("1. 第二中学：逾期未履行\n已督办。");
    }
    assertThat(NoticeDocument.fileName(typed)).isEqualTo("关于第四季度 “七进”活动的通报.docx");
  }

  @Test
  void rejectsASummaryWithoutVenues() {
    QuarterSummary noVenues = SupervisionDocumentFixtures.summary(List.of(), summary().totals(), summary().matrix());
    assertThatThrownBy(() -> NoticeDocument.write(notice(), noVenues, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("summary.venues must not be empty");
    assertThatThrownBy(() -> NoticeDocument.write(notice(), null, new ByteArrayOutputStream()))
        .isInstanceOf(IllegalArgumentException.class).hasMessage("summary must not be null");
  }

  @Test
  void fileNameIsTheTitle() {
    assertThat(NoticeDocument.fileName(notice()))
        .isEqualTo("关于2026年第四季度安全生产宣传教育“七进”活动开展情况的通报.docx");
  }

  private static void assertRejected(NoticeContent notice, String message) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    assertThatThrownBy(() -> NoticeDocument.write(notice, summary(), out))
        .isInstanceOf(IllegalArgumentException.class).hasMessage(message);
    assertThat(out.size()).isZero();
  }

  private static List<String> texts(int from, int to) {
    return paragraphs.subList(from, to).stream().map(XWPFParagraph::getText).toList();
  }

  private static List<List<String>> rows(XWPFTable table) {
    List<List<String>> rows = new ArrayList<>();
    for (XWPFTableRow row : table.getRows()) {
      rows.add(row.getTableCells().stream().map(c -> c.getText()).toList());
    }
    return rows;
  }

  private static long twips(Object value) {
    return ((BigInteger) value).longValueExact();
  }
}
