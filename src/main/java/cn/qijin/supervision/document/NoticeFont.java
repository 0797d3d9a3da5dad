package cn.qijin.supervision.document;

import org.apache.poi.xwpf.usermodel.XWPFRun;
import org.apache.poi.xwpf.usermodel.XWPFRun.FontCharRange;

/**
 * The fonts GB/T 9704-2012 prescribes for an official document, by the names Chinese Windows and WPS install:
 * 小标宋 for the issuer's mark and the title, 仿宋 for the text, 黑体 for first-level headings.
 */
enum NoticeFont {
  XIAOBIAOSONG("方正小标宋简体", "宋体"),
  FANGSONG("仿宋_GB2312", "仿宋_GB2312"),
  HEITI("黑体", "黑体"),
  SONG("宋体", "宋体");

  /** 二号, 三号, 四号 in points. */
  static final double SIZE_2 = 22;
  static final double SIZE_3 = 16;
  static final double SIZE_4 = 14;

  private final String eastAsian;
  private final String latin;

  NoticeFont(String eastAsian, String latin) {
    this.eastAsian = eastAsian;
    this.latin = latin;
  }

  String eastAsian() {
    return eastAsian;
  }

  void apply(XWPFRun run, double points) {
    run.setFontFamily(eastAsian, FontCharRange.eastAsia);
    run.setFontFamily(latin, FontCharRange.ascii);
    run.setFontFamily(latin, FontCharRange.hAnsi);
    run.setFontFamily(latin, FontCharRange.cs);
    run.setFontSize(points);
  }
}
