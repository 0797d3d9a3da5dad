package cn.qijin.problemreport;

/** Where a unit's reported problem stands (ORG-1). */
public enum ProblemReportState {
  REPORTED("待办公室处理"),
  REFERRED("待领导小组研究决定"),
  ANSWERED("已答复，待单位阅知"),
  CLOSED("已办结");

  private final String chineseName;

  ProblemReportState(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
