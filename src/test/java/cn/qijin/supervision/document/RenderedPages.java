package cn.qijin.supervision.document;

import cn.qijin.support.LibreOfficeAvailable;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;

/**
 * Word documents as LibreOffice lays them out: converted to PDF by {@code soffice --headless} (with a profile of
 * its own, so that other LibreOffice processes on the machine do not get in the way), then read back page by page,
 * line by line with PDFBox. Whitespace is left out of the lines: PDFBox puts a space wherever glyphs stand apart,
 * e.g. between Chinese characters and digits.
 */
final class RenderedPages {

  private final List<List<String>> pages;

  private RenderedPages(List<List<String>> pages) {
    this.pages = pages;
  }

  /** Renders every file in one LibreOffice run; the result by file name, in the order given. */
  static Map<String, RenderedPages> render(Path folder, List<Path> documents) throws IOException, InterruptedException {
    Path soffice = LibreOfficeAvailable.soffice().orElseThrow();
    Path profile = Files.createDirectories(folder.resolve("libreoffice-profile"));
    List<String> command = new ArrayList<>(List.of(soffice.toString(),
        "-env:UserInstallation=" + profile.toUri(), "--headless", "--norestore", "--convert-to", "pdf",
        "--outdir", folder.toString()));
    documents.forEach(d -> command.add(d.toString()));
    Process process = new ProcessBuilder(command).redirectErrorStream(true)
        .redirectOutput(folder.resolve("soffice.log").toFile()).start();
    if (!process.waitFor(5, TimeUnit.MINUTES)) {
      process.destroyForcibly();
      throw new IllegalStateException("LibreOffice did not convert the documents within 5 minutes");
    }
    Map<String, RenderedPages> rendered = new LinkedHashMap<>();
    for (Path document : documents) {
      String name = document.getFileName().toString();
      Path pdf = folder.resolve(name.substring(0, name.lastIndexOf('.')) + ".pdf");
      if (!Files.exists(pdf)) {
        throw new IllegalStateException("LibreOffice made no PDF of " + name + ": "
            + Files.readString(folder.resolve("soffice.log"), StandardCharsets.UTF_8));
      }
      rendered.put(name, read(pdf));
    }
    return rendered;
  }

  private static RenderedPages read(Path pdf) throws IOException {
    try (PDDocument document = Loader.loadPDF(pdf.toFile())) {
      List<List<String>> pages = new ArrayList<>();
      for (int page = 1; page <= document.getNumberOfPages(); page++) {
        PDFTextStripper stripper = new PDFTextStripper();
        stripper.setStartPage(page);
        stripper.setEndPage(page);
        pages.add(stripper.getText(document).lines().map(l -> l.replaceAll("\\s", ""))
            .filter(l -> !l.isEmpty()).toList());
      }
      return new RenderedPages(pages);
    }
  }

  int pageCount() {
    return pages.size();
  }

  /** The lines of a page, counted from 1, the page number (— 1 —) left out. */
  List<String> page(int number) {
    return pages.get(number - 1).stream().filter(l -> !l.matches("—\\d+—")).toList();
  }

  /** The first page with a line exactly {@code line}, or 0. */
  int pageWithLine(String line) {
    for (int i = 0; i < pages.size(); i++) {
      if (pages.get(i).contains(line)) {
        return i + 1;
      }
    }
    return 0;
  }

  /** All lines, page after page, for a failure's message. */
  @Override
  public String toString() {
    StringBuilder text = new StringBuilder();
    for (int i = 0; i < pages.size(); i++) {
      text.append("--- page ").append(i + 1).append('\n');
      pages.get(i).forEach(l -> text.append(l).append('\n'));
    }
    return text.toString();
  }
}
