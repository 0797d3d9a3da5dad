package cn.qijin.evidence;

import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import org.apache.tika.Tika;
import org.springframework.stereotype.Component;

/**
 * Which files count as evidence, judged by their content (Apache Tika's magic-byte detection), not
 * by their names: photos, PDFs, office documents, audio and video of events.
 */
@Component
public class FileTypes {

  /** Content-only detections accepted as evidence (Tika names zip-based office files x-tika-ooxml). */
  private static final Set<String> ALLOWED = Set.of(
      "image/jpeg", "image/png", "image/gif", "image/webp", "image/heic", "image/heif", "image/bmp",
      "application/pdf", "application/x-tika-ooxml", "application/x-tika-msoffice",
      "video/mp4", "video/quicktime", "video/x-msvideo", "video/x-matroska", "video/webm", "audio/mpeg",
      "audio/mp4");

  public static final String ALLOWED_DESCRIPTION = "图片（JPG、PNG、GIF、WEBP、HEIC）、PDF、Word/Excel/PPT 文档、MP4 等视频";

  private final Tika tika = new Tika();

  /** The type by content alone, or null if the content is not an accepted kind of evidence. */
  public String acceptedType(Path file, String originalName) throws IOException {
    String byContent;
    try (InputStream in = Files.newInputStream(file)) {
      byContent = tika.detect(in);
    }
    if (!ALLOWED.contains(byContent)) {
      return null;
    }
    if (byContent.startsWith("application/x-tika-")) {
      // the content is an office container; its name tells Word from Excel from PowerPoint
      try (InputStream in = Files.newInputStream(file)) {
        String withName = tika.detect(in, originalName);
        return withName.startsWith("application/vnd.") || withName.startsWith("application/msword")
            ? withName : byContent;
      }
    }
    return byContent;
  }

  /** Images and PDFs open in the browser; everything else is downloaded. */
  public static boolean showsInline(String contentType) {
    return contentType.startsWith("image/") || contentType.equals("application/pdf")
        || contentType.startsWith("video/");
  }
}
