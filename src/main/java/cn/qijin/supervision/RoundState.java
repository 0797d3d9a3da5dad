package cn.qijin.supervision;

/** Where a quarter's supervision round stands. */
public enum RoundState {
  SUMMARISED("已汇总，待起草通报"),
  AWAITING_APPROVAL("待领导小组审定"),
  RETURNED("已退回修改"),
  CIRCULATED("已印发，待签收和上报"),
  COMPLETED("已完成");

  private final String chineseName;

  RoundState(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
