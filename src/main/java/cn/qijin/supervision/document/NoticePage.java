package cn.qijin.supervision.document;

import java.math.BigInteger;
import org.apache.poi.wp.usermodel.HeaderFooterType;
import org.apache.poi.xwpf.usermodel.ParagraphAlignment;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.apache.poi.xwpf.usermodel.XWPFFooter;
import org.apache.poi.xwpf.usermodel.XWPFParagraph;
import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageMar;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTPageSz;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.CTSectPr;
import org.openxmlformats.schemas.wordprocessingml.x2006.main.STFldCharType;

/**
 * GB/T 9704-2012's page: A4, margins top 37 mm, bottom 35 mm, left 28 mm, right 26 mm (a type area of
 * 156 × 225 mm), and the page number "— 1 —" in 四号 宋体 below it, right on odd pages and left on even ones,
 * one character in from the edge.
 */
final class NoticePage {

  static final int A4_WIDTH = mm(210);
  static final int A4_HEIGHT = mm(297);
  static final int TOP = mm(37);
  static final int BOTTOM = mm(35);
  static final int LEFT = mm(28);
  static final int RIGHT = mm(26);
  /** The type area's width in twips: 156 mm. */
  static final int TEXT_WIDTH = A4_WIDTH - LEFT - RIGHT;

  /** The page number's dash line sits 7 mm below the type area. */
  private static final int FOOTER = mm(35 - 7 - 5);
  private static final int HEADER = mm(15);
  private static final int PAGE_NUMBER_INDENT = 280;

  private NoticePage() {}

  /** Twips (twentieths of a point) for millimetres. */
  static int mm(double millimetres) {
    return (int) Math.round(millimetres / 25.4 * 1440);
  }

  static void setUp(XWPFDocument document) {
    CTSectPr section = document.getDocument().getBody().isSetSectPr()
        ? document.getDocument().getBody().getSectPr()
        : document.getDocument().getBody().addNewSectPr();
    CTPageSz size = section.isSetPgSz() ? section.getPgSz() : section.addNewPgSz();
    size.setW(BigInteger.valueOf(A4_WIDTH));
    size.setH(BigInteger.valueOf(A4_HEIGHT));
    CTPageMar margins = section.isSetPgMar() ? section.getPgMar() : section.addNewPgMar();
    margins.setTop(BigInteger.valueOf(TOP));
    margins.setBottom(BigInteger.valueOf(BOTTOM));
    margins.setLeft(BigInteger.valueOf(LEFT));
    margins.setRight(BigInteger.valueOf(RIGHT));
    margins.setHeader(BigInteger.valueOf(HEADER));
    margins.setFooter(BigInteger.valueOf(FOOTER));
    margins.setGutter(BigInteger.ZERO);

    document.setEvenAndOddHeadings(true);
    pageNumber(document.createFooter(HeaderFooterType.DEFAULT), ParagraphAlignment.RIGHT);
    pageNumber(document.createFooter(HeaderFooterType.EVEN), ParagraphAlignment.LEFT);
  }

  private static void pageNumber(XWPFFooter footer, ParagraphAlignment alignment) {
    XWPFParagraph paragraph = footer.getParagraphs().isEmpty() ? footer.createParagraph()
        : footer.getParagraphs().get(0);
    paragraph.setAlignment(alignment);
    if (alignment == ParagraphAlignment.RIGHT) {
      paragraph.setIndentationRight(PAGE_NUMBER_INDENT);
    } else {
      paragraph.setIndentationLeft(PAGE_NUMBER_INDENT);
    }
    run(paragraph).setText("— ");
    run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.BEGIN);
    run(paragraph).getCTR().addNewInstrText().setStringValue(" PAGE ");
    run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.SEPARATE);
    run(paragraph).setText("1");
    run(paragraph).getCTR().addNewFldChar().setFldCharType(STFldCharType.END);
    run(paragraph).setText(" —");
  }

  private static XWPFRun run(XWPFParagraph paragraph) {
    XWPFRun run = paragraph.createRun();
    NoticeFont.SONG.apply(run, NoticeFont.SIZE_4);
    return run;
  }
}
