package cn.qijin.demo;

import cn.qijin.evidence.EvidenceUploads;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import javax.imageio.ImageIO;

/** Demo evidence: a small generated picture standing in for a photo of the event. */
final class DemoFiles {

  private DemoFiles() {}

  static EvidenceUploads.Incoming photo(String name) {
    BufferedImage image = new BufferedImage(320, 200, BufferedImage.TYPE_INT_RGB);
    var g = image.createGraphics();
    g.setColor(new Color(0xC8102E));
    g.fillRect(0, 0, 320, 200);
    g.setColor(Color.WHITE);
    g.fillRect(20, 70, 280, 60);
    g.setColor(new Color(Math.abs(name.hashCode()) & 0xFFFFFF));
    g.fillRect(30, 80, 260, 40);
    g.dispose();
    var out = new ByteArrayOutputStream();
    try {
      ImageIO.write(image, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return EvidenceUploads.Incoming.of(name, out.toByteArray());
  }
}
