package cn.qijin.audit;

import cn.qijin.kernel.InvalidInputException;
import java.util.Arrays;
import java.util.stream.Collectors;

/** What happened, as recorded in the audit trail (ORG-2); the Chinese name is what the office reads. */
public enum AuditAction {
  PROCESS_STARTED("流程启动"),
  PROCESS_ENDED("流程结束"),
  TASK_COMPLETED("完成任务"),
  TEMPLATE_VERSION_CREATED("新建活动模板版本"),
  ORGANISATION_UPDATED("修改组织机构"),
  ORGANISATION_MEMBER_ADDED("增加组织机构成员"),
  ORGANISATION_MEMBER_UPDATED("修改组织机构成员"),
  ORGANISATION_MEMBER_REMOVED("删除组织机构成员"),
  CAMPAIGN_SUBMITTED("提请审批活动方案"),
  CAMPAIGN_APPROVED("批准活动方案"),
  CAMPAIGN_RETURNED("退回活动方案"),
  CAMPAIGN_REVISED("修改活动方案"),
  CAMPAIGN_WITHDRAWN("撤回活动方案"),
  CAMPAIGN_STARTED("启动活动"),
  UNIT_JOINED_CAMPAIGN("单位加入进行中的活动"),
  UNIT_WITHDRAWN_CAMPAIGN("单位退出活动"),
  UNIT_CREATED("登记单位"),
  UNIT_UPDATED("修改单位"),
  UNITS_IMPORTED("导入单位名册"),
  UNITS_EXPORTED("导出单位名册"),
  ACCOUNT_CREATED("创建单位账号"),
  ACCOUNT_PASSWORD_RESET("重置账号密码"),
  ACCOUNT_REMOVED("删除单位账号"),
  CHECKLIST_SUBMITTED("提交检查项落实情况"),
  CHECKLIST_ACCEPTED("检查项审核通过（销号）"),
  CHECKLIST_RETURNED("检查项审核退回"),
  SESSION_SUBMITTED("提交季度活动"),
  SESSION_ADDED("补充记录季度活动"),
  SESSION_ACCEPTED("季度活动审核通过"),
  SESSION_RETURNED("季度活动审核退回"),
  OBLIGATION_EXEMPTED("豁免季度任务"),
  EXTENSION_REQUESTED("申请延期"),
  EXTENSION_APPROVED("同意延期"),
  EXTENSION_REFUSED("不同意延期"),
  EVIDENCE_DOWNLOADED("下载佐证文件"),
  EVIDENCE_EXPORTED("导出佐证材料"),
  AUDIT_EXPORTED("导出审计记录"),
  SUPERVISION_STARTED("启动季度督导"),
  NOTICE_DRAFTED("起草季度通报"),
  NOTICE_APPROVED("同意印发通报"),
  NOTICE_RETURNED("退回通报修改"),
  NOTICE_CIRCULATED("印发通报"),
  NOTICE_ACKNOWLEDGED("签收通报"),
  REPORTED_UPWARD("向上级报送"),
  SUMMARY_EXPORTED("导出季度汇总表"),
  NOTICE_DOWNLOADED("下载通报"),
  GOOD_EXAMPLE_RECORDED("登记典型经验"),
  STANDING_RULE_ESTABLISHED("形成常态化制度"),
  PROBLEM_REGISTERED("登记整改问题"),
  PROBLEM_CLOSED("整改验收通过"),
  PROBLEM_RETURNED("整改退回"),
  LIBRARY_EXPORTED("导出典型经验库"),
  PROBLEM_REPORTED("单位上报问题"),
  PROBLEM_REPORT_ANSWERED("办公室答复上报问题"),
  PROBLEM_REPORT_REFERRED("上报问题提请领导小组研究"),
  PROBLEM_REPORT_DECIDED("领导小组研究决定上报问题"),
  PROBLEM_REPORT_ACKNOWLEDGED("单位阅知问题答复"),
  PROCESSES_MIGRATED("迁移活动流程到新版本"),
  PROCESS_INSTANCE_MIGRATED("流程实例迁移到新版本"),
  /** a wrong password (or unknown account) at any login; the actor is the account tried, not a proven user */
  LOGIN_FAILED("登录失败");

  private final String chineseName;

  AuditAction(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }

  /** An action by its code (e.g. EVIDENCE_DOWNLOADED) or its Chinese name; refused in Chinese otherwise. */
  public static AuditAction parse(String text) {
    String t = text.trim();
    return Arrays.stream(values()).filter(a -> a.name().equalsIgnoreCase(t) || a.chineseName.equals(t)).findFirst()
        .orElseThrow(() -> new InvalidInputException("未知的操作类型“" + text + "”，可选："
            + Arrays.stream(values()).map(a -> a.name() + "（" + a.chineseName + "）").collect(Collectors.joining("、"))));
  }
}
