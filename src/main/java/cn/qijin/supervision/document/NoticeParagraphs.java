package cn.qijin.supervision.document;

import java.math.BigInteger;
import java.util.List;
import org.apache.poi.xwpf.usermodel.LineSpacingRule;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFTableCell;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTInd;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPPr;

/**
 * Paragraphs on GB/T 9704's grid: 22 lines of 28 三号 characters on a page, i.e. lines of 29 points and
 * characters of 16 points; "空一行" is one such line of space, "空二字" two such characters.
 */
final class NoticeParagraphs {

  /** Twentieths of a point (twips) per line and per 三号 character. */
  static final int LINE = 580;
  static final int CHAR = 320;

  private final XWPFDocument document;

  NoticeParagraphs(XWPFDocument document) {
    this.document = document;
  }

  /** 仿宋 三号, justified, first line indented by two characters. */
  XWPFParagraph body(String text) {
    XWPFParagraph paragraph = onGrid(document.createParagraph(), ParagraphAlignment.BOTH);
    firstLineIndent(paragraph, 2);
    text(paragraph, text, NoticeFont.FANGSONG, NoticeFont.SIZE_3);
    return paragraph;
  }

  /** A first-level heading (一、…): 黑体 三号, indented like the text, kept on a page with what follows. */
  XWPFParagraph heading(String text) {
    XWPFParagraph paragraph = onGrid(document.createParagraph(), ParagraphAlignment.BOTH);
    firstLineIndent(paragraph, 2);
    paragraph.getCTP().getPPr().addNewKeepNext();
    text(paragraph, text, NoticeFont.HEITI, NoticeFont.SIZE_3);
    return paragraph;
  }

  XWPFParagraph line(String text, ParagraphAlignment alignment, NoticeFont font, double points) {
    XWPFParagraph paragraph = onGrid(document.createParagraph(), alignment);
    text(paragraph, text, font, points);
    return paragraph;
  }

  static XWPFParagraph onGrid(XWPFParagraph paragraph, ParagraphAlignment alignment) {
    paragraph.setAlignment(alignment);
    paragraph.setSpacingBetween(LINE / 20.0, LineSpacingRule.EXACT);
    paragraph.setSpacingBefore(0);
    paragraph.setSpacingAfter(0);
    return paragraph;
  }

  /**
   * One run with the text: a line break in it as a line break, a tab as a tab (see {@link DocumentText}; the
   * body's paragraphs are split at line breaks before).
   */
  static XWPFRun text(XWPFParagraph paragraph, String text, NoticeFont font, double points) {
    XWPFRun run = paragraph.createRun();
    font.apply(run, points);
    List<String> lines = DocumentText.lines(text);
    for (int l = 0; l < lines.size(); l++) {
      if (l > 0) {
        run.addBreak();
      }
      String[] parts = lines.get(l).split("\t", -1);
      for (int p = 0; p < parts.length; p++) {
        if (p > 0) {
          run.addTab();
        }
        if (!parts[p].isEmpty() || parts.length == 1 && lines.size() == 1) {
          run.setText(parts[p]);
        }
      }
    }
    return run;
  }

  /** Writes the text into a table cell's first paragraph. */
  static XWPFRun cell(XWPFTableCell cell, String text, ParagraphAlignment alignment, NoticeFont font,
      double points) {
    XWPFParagraph paragraph = cell.getParagraphs().get(0);
    paragraph.setAlignment(alignment);
    paragraph.setSpacingBefore(0);
    paragraph.setSpacingAfter(0);
    return text(paragraph, text, font, points);
  }

  /** Indents in characters (which Word and WPS honour) with the twips equivalent for other readers. */
  static void firstLineIndent(XWPFParagraph paragraph, int characters) {
    CTInd ind = indentation(paragraph);
    ind.setFirstLineChars(BigInteger.valueOf(characters * 100L));
    ind.setFirstLine(BigInteger.valueOf((long) characters * CHAR));
  }

  static void rightIndent(XWPFParagraph paragraph, double characters) {
    CTInd ind = indentation(paragraph);
    ind.setRightChars(BigInteger.valueOf(Math.round(characters * 100)));
    ind.setRight(BigInteger.valueOf(Math.round(characters * CHAR)));
  }

  /** The paragraph stays on a page with the next one (the last lines of a long one with the next's first). */
  static void keepWithNext(XWPFParagraph paragraph) {
    CTPPr ppr = properties(paragraph);
    if (!ppr.isSetKeepNext()) {
      ppr.addNewKeepNext();
    }
  }

  /** The paragraph's lines stay together on one page. */
  static void keepWhole(XWPFParagraph paragraph) {
    CTPPr ppr = properties(paragraph);
    if (!ppr.isSetKeepLines()) {
      ppr.addNewKeepLines();
    }
  }

  static void hangingIndent(XWPFParagraph paragraph, int leftCharacters, int hangingCharacters) {
    CTInd ind = indentation(paragraph);
    ind.setLeftChars(BigInteger.valueOf(leftCharacters * 100L));
    ind.setLeft(BigInteger.valueOf((long) leftCharacters * CHAR));
    if (hangingCharacters > 0) {
      ind.setHangingChars(BigInteger.valueOf(hangingCharacters * 100L));
      ind.setHanging(BigInteger.valueOf((long) hangingCharacters * CHAR));
    }
  }

  private static CTInd indentation(XWPFParagraph paragraph) {
    CTPPr ppr = properties(paragraph);
    return ppr.isSetInd() ? ppr.getInd() : ppr.addNewInd();
  }

  private static CTPPr properties(XWPFParagraph paragraph) {
    return paragraph.getCTP().isSetPPr() ? paragraph.getCTP().getPPr() : paragraph.getCTP().addNewPPr();
  }
}
