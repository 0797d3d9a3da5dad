package cn.qijin.campaign;

public enum CampaignStatus {
  /** Defined from a template; the office may still add checklist items (e.g. SCH-0). */
  DRAFT("草拟"),
  /** Issue 14 part 3, ORG-1: proposed by the office (发起活动), with the leadership group for approval. */
  AWAITING_APPROVAL("待领导小组审批"),
  RUNNING("进行中"),
  ENDED("已结束"),
  /** The office withdrew its proposal after the leadership group returned it; it never started. */
  WITHDRAWN("已撤回");

  private final String chineseName;

  CampaignStatus(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** Running or ended: the campaign process exists, its units have their tasks. */
  public boolean hasStarted() {
    return this == RUNNING || this == ENDED;
  }
}
