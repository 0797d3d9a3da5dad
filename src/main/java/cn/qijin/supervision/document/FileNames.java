package cn.qijin.supervision.document;

/** File names for downloads: the document's Chinese title without characters Windows or a header rejects. */
final class FileNames {

  private FileNames() {}

  static String safe(String name) {
    return name.replaceAll("[\\\\/:*?\"<>|\\p{Cntrl}]", "_").strip();
  }
}
