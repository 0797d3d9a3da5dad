package cn.qijin.campaign;

/** The three phases of the plan (五、活动步骤). */
public enum Phase {
  PH1("部署发动"),
  PH2("组织实施"),
  PH3("巩固提升");

  private final String chineseName;

  Phase(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
