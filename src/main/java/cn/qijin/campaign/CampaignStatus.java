package cn.qijin.campaign;

public enum CampaignStatus {
  /** Defined from a template; the office may still add checklist items (e.g. SCH-0). */
  DRAFT("草拟"),
  RUNNING("进行中"),
  ENDED("已结束");

  private final String chineseName;

  CampaignStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
