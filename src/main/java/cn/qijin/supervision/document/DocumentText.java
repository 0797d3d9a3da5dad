package cn.qijin.supervision.document;

import java.util.ArrayList;
import java.util.List;

/**
 * What a Word document can show of a text, for the renderer and for the drafting check that refuses the rest.
 * Line breaks ({@code \r\n}, {@code \r}, {@code \n}) are rendered: in the notice's body each line is a paragraph of
 * its own, elsewhere a line break. Tabs are rendered as tabs. Other control characters, lone surrogates and
 * U+FFFE/U+FFFF cannot be held by the document's XML: the drafting form refuses them, and the renderer leaves
 * them out of text stored before that check.
 */
public final class DocumentText {

  private DocumentText() {}

  /** The index of the first character a document cannot hold, or -1 if there is none. */
  public static int firstUnrenderable(String text) {
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
        i++;
      } else if (!renderable(c)) {
        return i;
      }
    }
    return -1;
  }

  public static boolean hasLineBreak(String text) {
    return text.indexOf('\n') >= 0 || text.indexOf('\r') >= 0;
  }

  /** The text's lines (split at CR LF, CR or LF) without the characters a document cannot hold. */
  static List<String> lines(String text) {
    List<String> lines = new ArrayList<>();
    StringBuilder line = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == '\r' || c == '\n') {
        lines.add(line.toString());
        line.setLength(0);
        if (c == '\r' && i + 1 < text.length() && text.charAt(i + 1) == '\n') {
          i++;
        }
      } else if (Character.isHighSurrogate(c) && i + 1 < text.length()
          && Character.isLowSurrogate(text.charAt(i + 1))) {
        line.append(c).append(text.charAt(++i));
      } else if (renderable(c)) {
        line.append(c);
      }
    }
    lines.add(line.toString());
    return lines;
  }

  private static boolean renderable(char c) {
    if (c == '\t' || c == '\n' || c == '\r') {
      return true;
    }
    return !Character.isISOControl(c) && !Character.isSurrogate(c) && c != '\uFFFE' && c != '\uFFFF';
  }
}
