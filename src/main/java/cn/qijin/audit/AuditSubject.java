package cn.qijin.audit;

/** The kind of record an audit event is about. */
public enum AuditSubject {
  CAMPAIGN("活动"),
  UNIT("单位"),
  UNIT_REGISTRY("单位名册"),
  CHECKLIST_ITEM("检查项"),
  OBLIGATION("季度任务"),
  OBLIGATION_SESSION("季度活动记录"),
  OBLIGATION_EXTENSION("延期申请"),
  EVIDENCE("佐证材料"),
  EVIDENCE_FILE("佐证文件"),
  PROCESS_INSTANCE("流程实例"),
  TASK("任务"),
  AUDIT_TRAIL("审计记录"),
  SUPERVISION_ROUND("季度督导"),
  CONSOLIDATION_RECORD("巩固提升记录"),
  PROBLEM_REPORT("单位上报问题"),
  ACCOUNT("账号"),
  TEMPLATE("活动模板"),
  ORGANISATION("组织机构"),
  ORGANISATION_MEMBER("组织机构成员");

  private final String chineseName;

  AuditSubject(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
