package cn.qijin.evidence;

/** 初审 → 退回 or 通过 → 销号. */
public enum ReviewState {
  SUBMITTED("待审核"),
  RETURNED("已退回"),
  ACCEPTED("已通过");

  private final String chineseName;

  ReviewState(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
