package cn.qijin.consolidation;

/** What the office marks in PH-3 (巩固提升). */
public enum RecordKind {
  GOOD_EXAMPLE("典型经验"),
  STANDING_RULE("常态化制度"),
  PROBLEM("问题");

  private final String chineseName;

  RecordKind(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
