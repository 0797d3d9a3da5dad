package cn.qijin.supervision.document;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.supervision.NoticeContent;
import cn.qijin.support.LibreOfficeAvailable;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.junit.jupiter.api.io.TempDir;

/**
 * ORG-2 通报 (issue 11, point 11): the notice keeps its official layout where the official fonts are missing, as
 * LibreOffice (like WPS or Word on a computer without 仿宋_GB2312) lays it out. For bodies of every length around
 * the first page's end: the issuer and the date each stay on one line, and the closing block (附件说明, 署名,
 * 成文日期) shares its page with body text, never alone.
 */
@ExtendWith(LibreOfficeAvailable.class)
class NoticeRenderingTest {

  /** The demo campaign's office: 28 characters, a full line of 三号. */
  static final String LONG_ISSUER = "台儿庄区经济和信息化局安全生产宣传教育“七进”活动办公室";
  static final LocalDate ISSUED = LocalDate.of(2026, 12, 7);
  static final String DATE = "2026年12月7日";
  static final String ATTACHMENT = "2026年第四季度各单位安全生产宣传教育“七进”活动情况排名";
  /** One-line paragraphs before the last one: from a short body to one that fills the first page and more. */
  static final int MAX_SHORT_PARAGRAPHS = 14;

  @Test
  void org2_issuerAndDateStayOnOneLineAndTheClosingBlockIsNeverAloneOnAPage(@TempDir Path folder)
      throws Exception {
    List<Path> documents = new ArrayList<>();
    for (String issuer : List.of(LONG_ISSUER, SupervisionDocumentFixtures.ISSUER)) {
      for (int n = 0; n <= MAX_SHORT_PARAGRAPHS; n++) {
        documents.add(write(folder, (issuer == LONG_ISSUER ? "long-" : "short-") + n + ".docx", notice(issuer, n)));
      }
    }
    Map<String, RenderedPages> rendered = RenderedPages.render(folder, documents);

    rendered.forEach((name, pages) -> {
      String issuer = name.startsWith("long-") ? LONG_ISSUER : SupervisionDocumentFixtures.ISSUER;
      int page = pages.pageWithLine(DATE);
      assertThat(page).as("%s: the date %s on one line of its own%n%s", name, DATE, pages).isPositive();
      assertThat(pages.pageWithLine(issuer)).as("%s: the issuer on one line, on the date's page%n%s", name, pages)
          .isEqualTo(page);
      List<String> lines = pages.page(page);
      int attachmentLine = indexOfStartingWith(lines, "附件：");
      assertThat(attachmentLine).as("%s: 附件说明 on the date's page%n%s", name, pages).isNotNegative();
      assertThat(lines.subList(0, attachmentLine)).as("%s: body text on the date's page%n%s", name, pages)
          .isNotEmpty();
      assertThat(lines.indexOf(DATE)).as("%s: the date right below the issuer%n%s", name, pages)
          .isEqualTo(lines.indexOf(issuer) + 1);
    });
  }

  private static NoticeContent notice(String issuer, int shortParagraphs) {
    List<String> paragraphs = new ArrayList<>();
    paragraphs.add("本季度各参与单位按照活动方案要求，扎实开展安全生产宣传教育“七进”活动。");
    for (int i = 1; i <= shortParagraphs; i++) {
      paragraphs.add("第" + i + "项：各单位按要求报送了佐证材料。");
    }
    paragraphs.add("请各单位对照排名查找差距，逾期未履行的单位于2027年1月20日前完成整改并报送佐证材料，"
        + "办公室将继续跟踪督办，并将整改情况报区政府，对整改不力的单位予以通报批评。");
    return new NoticeContent(issuer, "七进办〔2026〕3号", "关于2026年第四季度安全生产宣传教育“七进”活动开展情况的通报",
        ISSUED, "各参与单位", paragraphs, List.of(), List.of(), List.of(ATTACHMENT));
  }

  private static Path write(Path folder, String name, NoticeContent notice) throws IOException {
    Path file = folder.resolve(name);
    try (OutputStream out = Files.newOutputStream(file)) {
      NoticeDocument.write(notice, SupervisionDocumentFixtures.summary(), out);
    }
    return file;
  }

  private static int indexOfStartingWith(List<String> lines, String prefix) {
    for (int i = 0; i < lines.size(); i++) {
      if (lines.get(i).startsWith(prefix)) {
        return i;
      }
    }
    return -1;
  }
}
