package cn.qijin.supervision.document;

import cn.qijin.supervision.NoticeContent;
import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.Borders;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTBorder;

/**
 * The notice's first part as GB/T 9704-2012 lays it out: the issuer's red mark, the document number above a
 * red rule, the title, the addressee, the text with the commended and the named units, the list of
 * attachments, and the issuer's signature with the date. Each line of a paragraph of the text becomes a paragraph
 * of the document (GB/T 9704 indents every paragraph by two characters); blank lines are left out.
 */
final class NoticeBody {

  static final String RED = "FF0000";
  static final String COMMENDED_HEADING = "通报表扬";
  static final String NAMED_HEADING = "通报批评";

  private static final double MARK_MAX_POINTS = 42;
  private static final double TEXT_WIDTH_POINTS = NoticePage.TEXT_WIDTH / 20.0;
  private static final int MIN_TEXT_SCALE = 50;
  /** 三号 characters on a line of the type area (156 mm): 27.6. */
  private static final double LINE_CHARACTERS = NoticePage.TEXT_WIDTH / (double) NoticeParagraphs.CHAR;
  /** GB/T 9704: 成文日期右空四字; the issuer's name is aligned with it. */
  static final int SIGNATURE_RIGHT = 4;
  /** Room left on the issuer's line for rounding in the reader's layout. */
  private static final double SAFETY_CHARACTERS = 0.25;

  private final NoticeParagraphs out;
  private final NoticeContent notice;
  /** The text's last paragraph, kept on a page with the closing block. */
  private XWPFParagraph lastOfText;

  NoticeBody(NoticeParagraphs out, NoticeContent notice) {
    this.out = out;
    this.notice = notice;
  }

  void write() {
    mark();
    documentNumber();
    title();
    XWPFParagraph addressee = out.line(addressee(notice.addressee()), ParagraphAlignment.LEFT,
        NoticeFont.FANGSONG, NoticeFont.SIZE_3);
    addressee.setSpacingBefore(NoticeParagraphs.LINE);
    for (String paragraph : notice.paragraphs()) {
      // a line typed in the textarea is a paragraph of its own, indented like the rest; blank lines are spacing
      DocumentText.lines(paragraph).stream().map(String::strip).filter(line -> !line.isEmpty()).forEach(this::text);
    }
    sections();
    NoticeParagraphs.keepWithNext(lastOfText);
    attachments();
    signature();
  }

  private void text(String paragraph) {
    lastOfText = out.body(paragraph);
  }

  /** 主送机关 ends with a full-width colon: 各参与单位： */
  static String addressee(String addressee) {
    String name = addressee.strip();
    while (name.endsWith("：") || name.endsWith(":")) {
      name = name.substring(0, name.length() - 1).strip();
    }
    return name + "：";
  }

  static String mark(String issuer) {
    return issuer.endsWith("文件") ? issuer : issuer + "文件";
  }

  /** Red, centred, 35 mm below the type area's top; a long name is narrowed to stay on one line. */
  private void mark() {
    String mark = mark(notice.issuer());
    double characters = ChineseText.width(mark) / 2.0;
    double points = Math.max(NoticeFont.SIZE_2, Math.min(MARK_MAX_POINTS, Math.floor(TEXT_WIDTH_POINTS / characters)));
    XWPFParagraph paragraph = out.line(mark, ParagraphAlignment.CENTER, NoticeFont.XIAOBIAOSONG, points);
    paragraph.setSpacingBetween(1, LineSpacingRule.AUTO);
    paragraph.setSpacingBefore(NoticePage.mm(35));
    XWPFRun run = paragraph.getRuns().get(0);
    run.setColor(RED);
    int scale = (int) Math.floor(100 * TEXT_WIDTH_POINTS / (characters * points));
    if (scale < 100) {
      run.setTextScale(Math.max(MIN_TEXT_SCALE, scale));
    }
  }

  /** Two lines below the mark, with the red rule 4 mm below it across the type area. */
  private void documentNumber() {
    XWPFParagraph paragraph = out.line(notice.documentNumber(), ParagraphAlignment.CENTER, NoticeFont.FANGSONG,
        NoticeFont.SIZE_3);
    paragraph.setSpacingBefore(2 * NoticeParagraphs.LINE);
    paragraph.setBorderBottom(Borders.SINGLE);
    CTBorder rule = paragraph.getCTP().getPPr().getPBdr().getBottom();
    rule.setColor(RED);
    rule.setSz(BigInteger.valueOf(12));
    rule.setSpace(BigInteger.valueOf(11));
  }

  private void title() {
    XWPFParagraph paragraph = out.line(notice.title(), ParagraphAlignment.CENTER, NoticeFont.XIAOBIAOSONG,
        NoticeFont.SIZE_2);
    paragraph.setSpacingBetween(1, LineSpacingRule.AUTO);
    paragraph.setSpacingBefore(2 * NoticeParagraphs.LINE);
    paragraph.getRuns().get(0).setBold(true);
  }

  private void sections() {
    int section = 1;
    if (!notice.commendedUnits().isEmpty()) {
      out.heading(ChineseText.numeral(section++) + "、" + COMMENDED_HEADING);
      text("对以下" + notice.commendedUnits().size() + "个单位予以通报表扬："
          + String.join("、", notice.commendedUnits()) + "。");
    }
    if (!notice.namedUnits().isEmpty()) {
      out.heading(ChineseText.numeral(section) + "、" + NAMED_HEADING);
      text("对以下" + notice.namedUnits().size() + "个单位予以通报批评：");
      int i = 1;
      for (NoticeContent.NamedUnit named : notice.namedUnits()) {
        text(i++ + ". " + named.unitName() + "：" + sentence(named.reason()));
      }
    }
  }

  /** One line below the text, two characters in; several attachments are numbered and aligned. */
  private void attachments() {
    List<String> titles = notice.attachments();
    for (int i = 0; i < titles.size(); i++) {
      String number = titles.size() == 1 ? "" : (i + 1) + ". ";
      String text = (i == 0 ? "附件：" : "") + number + titles.get(i);
      XWPFParagraph paragraph = out.line(text, ParagraphAlignment.LEFT, NoticeFont.FANGSONG, NoticeFont.SIZE_3);
      NoticeParagraphs.keepWhole(paragraph);
      NoticeParagraphs.keepWithNext(paragraph);
      if (i == 0) {
        paragraph.setSpacingBefore(NoticeParagraphs.LINE);
        NoticeParagraphs.hangingIndent(paragraph, 5, 3);
      } else {
        NoticeParagraphs.hangingIndent(paragraph, 5, 0);
      }
    }
  }

  /**
   * 署名和成文日期 (issue 11): both right-aligned, four characters from the right (右空四字), one line each, kept
   * whole and on a page with the 附件说明 and the end of the text. Alignment, not a computed indent, puts them in
   * place, so a reader that substitutes the fonts or measures characters differently keeps them on their lines.
   * An issuer too long for that moves nearer the margin and, longer than the line, is narrowed (character scale,
   * down to 50 %) to stay on one line, as the issuer's mark is.
   */
  private void signature() {
    double issuerCharacters = ChineseText.widthAtMost(notice.issuer());
    double room = LINE_CHARACTERS - issuerCharacters - SAFETY_CHARACTERS;
    XWPFParagraph issuer = out.line(notice.issuer(), ParagraphAlignment.RIGHT, NoticeFont.FANGSONG,
        NoticeFont.SIZE_3);
    issuer.setSpacingBefore(NoticeParagraphs.LINE);
    NoticeParagraphs.rightIndent(issuer, Math.max(0, Math.min(SIGNATURE_RIGHT, Math.floor(room))));
    if (room < 0) {
      int scale = (int) Math.floor(100 * (LINE_CHARACTERS - SAFETY_CHARACTERS) / issuerCharacters);
      issuer.getRuns().get(0).setTextScale(Math.max(MIN_TEXT_SCALE, scale));
    }
    NoticeParagraphs.keepWhole(issuer);
    NoticeParagraphs.keepWithNext(issuer);
    XWPFParagraph date = out.line(ChineseText.date(notice.issueDate()), ParagraphAlignment.RIGHT,
        NoticeFont.FANGSONG, NoticeFont.SIZE_3);
    NoticeParagraphs.rightIndent(date, SIGNATURE_RIGHT);
    NoticeParagraphs.keepWhole(date);
  }

  private static String sentence(String text) {
    String s = text.strip();
    return "。！？；.!?;".indexOf(s.charAt(s.length() - 1)) >= 0 ? s : s + "。";
  }
}
