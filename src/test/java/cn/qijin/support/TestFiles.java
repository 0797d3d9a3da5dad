package cn.qijin.support;

import cn.qijin.evidence.EvidenceUploads;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.concurrent.ThreadLocalRandom;
import javax.imageio.ImageIO;

/** Real files for evidence tests: PNG photos (each one different), a PDF, and things that are not evidence. */
public final class TestFiles {

  public record Named(String name, byte[] bytes) {

    public EvidenceUploads.Incoming incoming() {
      return EvidenceUploads.Incoming.of(name, bytes);
    }
  }

  private TestFiles() {}

  public static Named photo(String name) {
    BufferedImage image = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
    image.setRGB(0, 0, ThreadLocalRandom.current().nextInt(0xFFFFFF));
    image.setRGB(7, 7, (int) (System.nanoTime() & 0xFFFFFF));
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return new Named(name, out.toByteArray());
  }

  public static Named pdf(String name) {
    String pdf = "%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n2 0 obj<</Type/Pages/Count 0/Kids[]>>endobj\n"
        + "trailer<</Root 1 0 R>>\n%%EOF\n";
    return new Named(name, pdf.getBytes(StandardCharsets.US_ASCII));
  }

  public static Named text(String name, String content) {
    return new Named(name, content.getBytes(StandardCharsets.UTF_8));
  }
}
