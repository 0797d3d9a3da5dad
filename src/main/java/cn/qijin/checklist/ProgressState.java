package cn.qijin.checklist;

public enum ProgressState {
  OPEN("未提交"),
  SUBMITTED("待审核"),
  RETURNED("已退回"),
  ACCEPTED("已销号");

  private final String chineseName;

  ProgressState(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
