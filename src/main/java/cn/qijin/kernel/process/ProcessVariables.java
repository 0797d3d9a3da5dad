package cn.qijin.kernel.process;

import static cn.qijin.kernel.process.ProcessKeys.*;

import java.util.Date;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The process-variable contract: every variable the processes in bpmn/ carry, with its stored type and the
 * processes that use it. Java code, the BPMN expressions and the forms' {@code cam-variable-name} use these
 * names and no others (checked by ProcessVariableContractTest and ProcessVariableLiteralsTest).
 *
 * <p>Adding a variable: add a constant here (name, the type the engine stores, the process keys, a short
 * description) and use it; never type the name out elsewhere. Never change a stored type in place.
 */
public final class ProcessVariables {

  private ProcessVariables() {}

  // ---- The campaign, set by CampaignVariables.of on every campaign, unit, obligation and problem process:
  //      phase days as yyyy-MM-dd text (what forms show and check against), instants for timers and due dates ----

  public static final ProcessVariable<Long> CAMPAIGN_ID =
      ProcessVariable.of("campaignId", Long.class, "活动 id",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION, SUPERVISION, SUPERVISION_SCHEDULE,
          CAMPAIGN_LAUNCH);
  public static final ProcessVariable<String> CAMPAIGN_NAME =
      ProcessVariable.of("campaignName", String.class, "活动名称",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION, SUPERVISION, CAMPAIGN_LAUNCH);
  public static final ProcessVariable<String> PH1_START =
      ProcessVariable.of("ph1Start", String.class, "动员部署阶段开始日 yyyy-MM-dd",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> PH1_END =
      ProcessVariable.of("ph1End", String.class, "动员部署阶段结束日",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> PH2_START =
      ProcessVariable.of("ph2Start", String.class, "组织实施阶段开始日",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> PH2_END =
      ProcessVariable.of("ph2End", String.class, "组织实施阶段结束日",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> PH3_START =
      ProcessVariable.of("ph3Start", String.class, "评定与总结阶段开始日",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> PH3_END =
      ProcessVariable.of("ph3End", String.class, "评定与总结阶段结束日",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Date> PH1_DUE_AT =
      ProcessVariable.of("ph1DueAt", Date.class, "end of PH-1's last day",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Date> PH2_START_AT =
      ProcessVariable.of("ph2StartAt", Date.class, "start of PH-2's first day",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Date> PH2_DUE_AT =
      ProcessVariable.of("ph2DueAt", Date.class, "end of PH-2's last day",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Date> PH2_ENDED_AT =
      ProcessVariable.of("ph2EndedAt", Date.class, "start of the day after PH-2",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Date> PH3_START_AT =
      ProcessVariable.of("ph3StartAt", Date.class, "start of PH-3's first day",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Date> PH3_DUE_AT =
      ProcessVariable.of("ph3DueAt", Date.class, "end of PH-3's last day",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);

  // ---- The unit a process belongs to ----

  public static final ProcessVariable<Long> UNIT_ID =
      ProcessVariable.of("unitId", Long.class, "单位 id (the campaign's multi-instance element)",
          CAMPAIGN, UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> UNIT_CODE =
      ProcessVariable.of("unitCode", String.class, "单位编码 (the supervision round's multi-instance element)",
          UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION, SUPERVISION);
  public static final ProcessVariable<String> UNIT_NAME =
      ProcessVariable.of("unitName", String.class, "单位名称 (a problem's owner when no unit owns it); a Tasklist column",
          UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> UNIT_GROUP =
      ProcessVariable.of("unitGroup", String.class, "the unit's candidate group",
          UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT);
  public static final ProcessVariable<String> VENUE =
      ProcessVariable.of("venue", String.class, "the unit's venue (enum name)", UNIT_CAMPAIGN, OBLIGATION);
  public static final ProcessVariable<String> VENUE_NAME =
      ProcessVariable.of("venueName", String.class, "the unit's venue in Chinese",
          UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);

  public static final ProcessVariable<String> JOINED_PHASE =
      ProcessVariable.of("joinedPhase", String.class, "the phase in which the unit joined: PH1 at the rollout, PH2 or "
          + "PH3 for a unit added to the running campaign (issue 14 part 4); local to its instance of the campaign's "
          + "multi-instance body", CAMPAIGN, UNIT_CAMPAIGN);
  public static final ProcessVariable<String> JOINED_ON =
      ProcessVariable.of("joinedOn", String.class, "the day the unit joined (ISO date): its obligations start with "
          + "that day's quarter or month", CAMPAIGN, UNIT_CAMPAIGN);

  // ---- Mobilisation (PH-1): the plan, the meeting, the units' acknowledgement ----

  public static final ProcessVariable<String> PLAN_DOCUMENT_NUMBER =
      ProcessVariable.of("planDocumentNumber", String.class, "工作方案文号 (form field; handed to each unit process)",
          CAMPAIGN, UNIT_CAMPAIGN);
  public static final ProcessVariable<String> PLAN_ISSUE_DATE =
      ProcessVariable.of("planIssueDate", String.class, "印发日期 (form field)", CAMPAIGN);
  public static final ProcessVariable<String> PLAN_REMARKS =
      ProcessVariable.of("planRemarks", String.class, "备注 (form field)", CAMPAIGN);
  public static final ProcessVariable<String> MEETING_DATE =
      ProcessVariable.of("meetingDate", String.class, "会议日期 (form field)", CAMPAIGN);
  public static final ProcessVariable<String> MEETING_PLACE =
      ProcessVariable.of("meetingPlace", String.class, "会议地点 (form field)", CAMPAIGN);
  public static final ProcessVariable<Long> MEETING_ATTENDEE_COUNT =
      ProcessVariable.of("meetingAttendeeCount", Long.class, "参会人数 (form field)", CAMPAIGN);
  public static final ProcessVariable<String> MEETING_ATTENDEES =
      ProcessVariable.of("meetingAttendees", String.class, "参会单位及人员 (form field)", CAMPAIGN);
  public static final ProcessVariable<String> MEETING_MINUTES =
      ProcessVariable.of("meetingMinutes", String.class, "会议纪要 (form field)", CAMPAIGN);
  public static final ProcessVariable<String> ACK_SIGNER_NAME =
      ProcessVariable.of("ackSignerName", String.class, "签收人姓名 (form field)", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> ACK_REMARKS =
      ProcessVariable.of("ackRemarks", String.class, "签收备注 (form field)", UNIT_CAMPAIGN);
  public static final ProcessVariable<Date> ACK_NEXT_REMINDER_AT =
      ProcessVariable.of("ackNextReminderAt", Date.class, "next reminder to acknowledge the plan (local to the reminder's scope)",
          UNIT_CAMPAIGN);
  public static final ProcessVariable<Boolean> ACK_REMINDERS_OVER =
      ProcessVariable.of("ackRemindersOver", Boolean.class, "no more plan acknowledgement reminders",
          UNIT_CAMPAIGN);

  // ---- Checklist items (PH-2), local to each item's multi-instance branch ----

  public static final ProcessVariable<Long> ITEM_ID =
      ProcessVariable.of("itemId", Long.class, "checklist item id (multi-instance element)", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> ITEM_CODE =
      ProcessVariable.of("itemCode", String.class, "项目编码", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> ITEM_TITLE =
      ProcessVariable.of("itemTitle", String.class, "项目名称", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> ITEM_DESCRIPTION =
      ProcessVariable.of("itemDescription", String.class, "项目说明", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> ITEM_THEMES =
      ProcessVariable.of("itemThemes", String.class, "the item's themes, CSV", UNIT_CAMPAIGN);
  public static final ProcessVariable<Long> RETURN_COUNT =
      ProcessVariable.of("returnCount", Long.class, "how often the office returned the item", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> ACTIVITY_DATE =
      ProcessVariable.of("activityDate", String.class, "开展日期 (form field)", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> ACTIVITY_PLACE =
      ProcessVariable.of("activityPlace", String.class, "活动地点 (form field)", UNIT_CAMPAIGN);
  public static final ProcessVariable<Long> PARTICIPANT_COUNT =
      ProcessVariable.of("participantCount", Long.class, "参加人数 (form field)", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> ACTIVITY_THEMES =
      ProcessVariable.of("activityThemes", String.class, "活动主题, CSV (form field; normalised by the listener)",
          UNIT_CAMPAIGN);
  public static final ProcessVariable<String> ACTIVITY_SUMMARY =
      ProcessVariable.of("activitySummary", String.class, "活动开展情况 (form field)", UNIT_CAMPAIGN);
  public static final ProcessVariable<Boolean> REVIEW_APPROVED =
      ProcessVariable.of("reviewApproved", Boolean.class, "审核结论 (form field)", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> REVIEW_COMMENT =
      ProcessVariable.of("reviewComment", String.class, "审核意见 (form field)", UNIT_CAMPAIGN);
  public static final ProcessVariable<Date> ITEM_REVIEW_DUE_AT =
      ProcessVariable.of("itemReviewDueAt", Date.class, "when the office's review of the item is due",
          UNIT_CAMPAIGN);
  public static final ProcessVariable<String> ITEM_REVIEW_REMINDER_CYCLE =
      ProcessVariable.of("itemReviewReminderCycle", String.class, "timer cycle of the review reminders",
          UNIT_CAMPAIGN);
  public static final ProcessVariable<Long> CARRIED_OVER_COUNT =
      ProcessVariable.of("carriedOverCount", Long.class, "open items carried into PH-3", UNIT_CAMPAIGN);

  // ---- The unit's self-summary (PH-3) ----

  public static final ProcessVariable<String> SUMMARY_TEXT =
      ProcessVariable.of("summaryText", String.class, "自查总结 (form field)", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> SUMMARY_HIGHLIGHTS =
      ProcessVariable.of("summaryHighlights", String.class, "典型经验和做法 (form field)", UNIT_CAMPAIGN);
  public static final ProcessVariable<String> SUMMARY_PROBLEMS =
      ProcessVariable.of("summaryProblems", String.class, "存在的问题及改进措施 (form field)", UNIT_CAMPAIGN);

  // ---- Evidence uploaded with a form ----

  public static final ProcessVariable<String> EVIDENCE_UPLOADS =
      ProcessVariable.of("evidenceUploads", String.class, "upload ids the form submits (form field; cleared once recorded)",
          UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Long> EVIDENCE_ID =
      ProcessVariable.of("evidenceId", Long.class, "the evidence recorded from the uploads",
          UNIT_CAMPAIGN, OBLIGATION, PROBLEM_REPORT);

  // ---- Obligations (quarterly and monthly activities) ----

  public static final ProcessVariable<Long> OBLIGATION_ID =
      ProcessVariable.of("obligationId", Long.class, "obligation id (the unit process's multi-instance element)",
          UNIT_CAMPAIGN, OBLIGATION);
  public static final ProcessVariable<String> OBLIGATION_CODE =
      ProcessVariable.of("obligationCode", String.class, "obligation definition code; also the escalation DMN's input",
          OBLIGATION);
  public static final ProcessVariable<String> OBLIGATION_TITLE =
      ProcessVariable.of("obligationTitle", String.class, "obligation title", OBLIGATION);
  public static final ProcessVariable<String> QUARTER_CODE =
      ProcessVariable.of("quarterCode", String.class, "quarter code, e.g. 2017Q3",
          OBLIGATION, SUPERVISION, SUPERVISION_SCHEDULE);
  public static final ProcessVariable<String> QUARTER_NAME =
      ProcessVariable.of("quarterName", String.class, "quarter in Chinese",
          OBLIGATION, SUPERVISION, SUPERVISION_SCHEDULE);
  public static final ProcessVariable<String> PERIOD_CODE =
      ProcessVariable.of("periodCode", String.class, "period code (quarter or month)", OBLIGATION);
  public static final ProcessVariable<String> PERIOD_NAME =
      ProcessVariable.of("periodName", String.class, "period in Chinese", OBLIGATION);
  public static final ProcessVariable<String> PERIOD_KIND =
      ProcessVariable.of("periodKind", String.class, "季度 / 月度", OBLIGATION);
  public static final ProcessVariable<String> QUARTER_START =
      ProcessVariable.of("quarterStart", String.class, "first day of the period, yyyy-MM-dd", OBLIGATION);
  public static final ProcessVariable<String> QUARTER_END =
      ProcessVariable.of("quarterEnd", String.class, "last day of the period, yyyy-MM-dd", OBLIGATION);
  public static final ProcessVariable<Date> PERIOD_START_AT =
      ProcessVariable.of("periodStartAt", Date.class, "start of the period's first day", OBLIGATION);
  public static final ProcessVariable<Date> DUE_AT =
      ProcessVariable.of("dueAt", Date.class, "the deadline (obligation: the unit's; problem: the rectification's)",
          OBLIGATION, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> DUE_DATE =
      ProcessVariable.of("dueDate", String.class, "the deadline's day, yyyy-MM-dd",
          OBLIGATION, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Date> NEXT_REMINDER_AT =
      ProcessVariable.of("nextReminderAt", Date.class, "next reminder", OBLIGATION, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> LAST_REMINDER =
      ProcessVariable.of("lastReminder", String.class, "the last reminder, as shown to the user",
          OBLIGATION, PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Date> ESCALATION1_AT =
      ProcessVariable.of("escalation1At", Date.class, "escalation level 1 moment", OBLIGATION);
  public static final ProcessVariable<Date> ESCALATION2_AT =
      ProcessVariable.of("escalation2At", Date.class, "escalation level 2 moment", OBLIGATION);
  public static final ProcessVariable<Date> ESCALATION3_AT =
      ProcessVariable.of("escalation3At", Date.class, "escalation level 3 moment", OBLIGATION);
  public static final ProcessVariable<String> ESCALATION1_NAME =
      ProcessVariable.of("escalation1Name", String.class, "escalation level 1 name", OBLIGATION);
  public static final ProcessVariable<String> ESCALATION2_NAME =
      ProcessVariable.of("escalation2Name", String.class, "escalation level 2 name", OBLIGATION);
  public static final ProcessVariable<String> ESCALATION3_NAME =
      ProcessVariable.of("escalation3Name", String.class, "escalation level 3 name", OBLIGATION);
  public static final ProcessVariable<Long> ESCALATION_LEVEL =
      ProcessVariable.of("escalationLevel", Long.class, "escalation level reached", OBLIGATION);
  public static final ProcessVariable<String> ESCALATION_NAME =
      ProcessVariable.of("escalationName", String.class, "escalation level reached, by name", OBLIGATION);
  public static final ProcessVariable<Date> REVIEW_DUE_AT =
      ProcessVariable.of("reviewDueAt", Date.class, "when the office's review is due", OBLIGATION);
  public static final ProcessVariable<String> REVIEW_DUE_DATE =
      ProcessVariable.of("reviewDueDate", String.class, "the review's due day, yyyy-MM-dd", OBLIGATION);
  public static final ProcessVariable<String> REVIEW_REMINDER_CYCLE =
      ProcessVariable.of("reviewReminderCycle", String.class, "timer cycle of the review reminders", OBLIGATION);
  public static final ProcessVariable<String> UNIT_ACTION =
      ProcessVariable.of("unitAction", String.class, "办理方式: session or extension (form field)", OBLIGATION);
  public static final ProcessVariable<String> SESSION_DATE =
      ProcessVariable.of("sessionDate", String.class, "活动日期 (form field)", OBLIGATION);
  public static final ProcessVariable<String> SESSION_TYPE =
      ProcessVariable.of("sessionType", String.class, "活动形式 (form field)", OBLIGATION);
  public static final ProcessVariable<Long> SESSION_PARTICIPANTS =
      ProcessVariable.of("sessionParticipants", Long.class, "参加人数 (form field)", OBLIGATION);
  public static final ProcessVariable<String> SESSION_CASES =
      ProcessVariable.of("sessionCases", String.class, "事故案例或培训内容 (form field)", OBLIGATION);
  public static final ProcessVariable<String> SESSION_SUMMARY =
      ProcessVariable.of("sessionSummary", String.class, "活动情况 (form field)", OBLIGATION);
  public static final ProcessVariable<Long> SESSION_ID =
      ProcessVariable.of("sessionId", Long.class, "the recorded session", OBLIGATION);
  public static final ProcessVariable<Boolean> SESSION_APPROVED =
      ProcessVariable.of("sessionApproved", Boolean.class, "审核结论 (form field)", OBLIGATION);
  public static final ProcessVariable<String> SESSION_REVIEW_COMMENT =
      ProcessVariable.of("sessionReviewComment", String.class, "审核意见 (form field)", OBLIGATION);
  public static final ProcessVariable<String> EXTENSION_DATE =
      ProcessVariable.of("extensionDate", String.class, "申请延期至 (form field)", OBLIGATION);
  public static final ProcessVariable<String> EXTENSION_REASON =
      ProcessVariable.of("extensionReason", String.class, "延期理由 (form field)", OBLIGATION);
  public static final ProcessVariable<Long> EXTENSION_ID =
      ProcessVariable.of("extensionId", Long.class, "the requested extension", OBLIGATION);
  public static final ProcessVariable<Boolean> EXTENSION_APPROVED =
      ProcessVariable.of("extensionApproved", Boolean.class, "审批结论 (form field)", OBLIGATION);
  public static final ProcessVariable<String> EXTENSION_COMMENT =
      ProcessVariable.of("extensionComment", String.class, "审批意见 (form field)", OBLIGATION);
  public static final ProcessVariable<String> URGE_OUTCOME =
      ProcessVariable.of("urgeOutcome", String.class, "督办情况 (form field)", OBLIGATION);
  public static final ProcessVariable<String> TALK_OUTCOME =
      ProcessVariable.of("talkOutcome", String.class, "约谈情况 (form field)", OBLIGATION);

  // ---- Quarterly supervision ----

  public static final ProcessVariable<Long> ROUND_ID =
      ProcessVariable.of("roundId", Long.class, "supervision round id", SUPERVISION);
  public static final ProcessVariable<Date> DRAFT_DUE_AT =
      ProcessVariable.of("draftDueAt", Date.class, "when the notice draft is due", SUPERVISION);
  public static final ProcessVariable<Integer> OVERDUE_OBLIGATIONS =
      ProcessVariable.of("overdueObligations", Integer.class, "overdue obligations in the quarter", SUPERVISION);
  public static final ProcessVariable<String> NOTICE_JSON =
      ProcessVariable.of("noticeJson", String.class, "the drafted notice (form field)", SUPERVISION);
  public static final ProcessVariable<String> NOTICE_TITLE =
      ProcessVariable.of("noticeTitle", String.class, "the notice's title", SUPERVISION);
  public static final ProcessVariable<Date> APPROVAL_DUE_AT =
      ProcessVariable.of("approvalDueAt", Date.class, "when the leadership's approval is due", SUPERVISION);
  public static final ProcessVariable<Boolean> NOTICE_APPROVED =
      ProcessVariable.of("noticeApproved", Boolean.class, "审定结论 (form field)", SUPERVISION);
  public static final ProcessVariable<String> LEADERSHIP_OPINION =
      ProcessVariable.of("leadershipOpinion", String.class, "审定意见 / 领导小组意见 (form field)", SUPERVISION, CAMPAIGN);
  public static final ProcessVariable<Date> ACKNOWLEDGEMENT_DUE_AT =
      ProcessVariable.of("acknowledgementDueAt", Date.class, "when units must acknowledge (the notice; a problem's reply)",
          SUPERVISION, PROBLEM_REPORT);
  public static final ProcessVariable<String> ACKNOWLEDGEMENT_REMINDER_CYCLE =
      ProcessVariable.of("acknowledgementReminderCycle", String.class, "timer cycle of the acknowledgement reminders",
          SUPERVISION);
  public static final ProcessVariable<Date> REPORT_DUE_AT =
      ProcessVariable.of("reportDueAt", Date.class, "when the report upward is due", SUPERVISION);
  public static final ProcessVariable<Integer> UNITS_REMINDED =
      ProcessVariable.of("unitsReminded", Integer.class, "units reminded to acknowledge", SUPERVISION);
  public static final ProcessVariable<Boolean> ACKNOWLEDGED =
      ProcessVariable.of("acknowledged", Boolean.class, "已阅知通报 (form field; local to each unit's branch)",
          SUPERVISION);
  public static final ProcessVariable<String> ACKNOWLEDGEMENT_COMMENT =
      ProcessVariable.of("acknowledgementComment", String.class, "落实意见 / 反馈意见 (form field)",
          SUPERVISION, PROBLEM_REPORT);
  public static final ProcessVariable<String> REPORTED_TO =
      ProcessVariable.of("reportedTo", String.class, "报送单位 (form field)", SUPERVISION);
  public static final ProcessVariable<String> REPORTED_ON =
      ProcessVariable.of("reportedOn", String.class, "报送日期 (supervision form field); 上报日期 (problem report)",
          SUPERVISION, PROBLEM_REPORT);
  public static final ProcessVariable<String> REPORT_METHOD =
      ProcessVariable.of("reportMethod", String.class, "报送方式 (form field)", SUPERVISION);
  public static final ProcessVariable<String> REPORT_NUMBER =
      ProcessVariable.of("reportNumber", String.class, "报送文号 (form field)", SUPERVISION);
  public static final ProcessVariable<String> REPORT_NOTE =
      ProcessVariable.of("reportNote", String.class, "备注 (form field)", SUPERVISION);

  // ---- Problem reports (a unit reports a problem to the office) ----

  public static final ProcessVariable<Long> REPORT_ID =
      ProcessVariable.of("reportId", Long.class, "problem report id", PROBLEM_REPORT);
  public static final ProcessVariable<String> REPORT_TITLE =
      ProcessVariable.of("reportTitle", String.class, "问题标题 (start form field)", PROBLEM_REPORT);
  public static final ProcessVariable<String> REPORT_DESCRIPTION =
      ProcessVariable.of("reportDescription", String.class, "问题描述 (start form field)", PROBLEM_REPORT);
  public static final ProcessVariable<String> REPORT_CATEGORY =
      ProcessVariable.of("reportCategory", String.class, "问题类别 (start form field)", PROBLEM_REPORT);
  public static final ProcessVariable<String> REPORTED_BY =
      ProcessVariable.of("reportedBy", String.class, "the reporting user", PROBLEM_REPORT);
  public static final ProcessVariable<String> HANDLING_DUE_DATE =
      ProcessVariable.of("handlingDueDate", String.class, "the office's handling due day, yyyy-MM-dd",
          PROBLEM_REPORT);
  public static final ProcessVariable<Date> HANDLING_DUE_AT =
      ProcessVariable.of("handlingDueAt", Date.class, "the office's handling deadline", PROBLEM_REPORT);
  public static final ProcessVariable<String> HANDLING_CHOICE =
      ProcessVariable.of("handlingChoice", String.class, "处理方式: resolve or refer (form field)", PROBLEM_REPORT);
  public static final ProcessVariable<String> REFERRAL_NOTE =
      ProcessVariable.of("referralNote", String.class, "提请领导小组研究的意见 (form field)", PROBLEM_REPORT);
  public static final ProcessVariable<String> OFFICE_REPLY =
      ProcessVariable.of("officeReply", String.class, "答复意见 (form field)", PROBLEM_REPORT);
  public static final ProcessVariable<String> DECISION_DUE_DATE =
      ProcessVariable.of("decisionDueDate", String.class, "the leadership's decision due day", PROBLEM_REPORT);
  public static final ProcessVariable<Date> DECISION_DUE_AT =
      ProcessVariable.of("decisionDueAt", Date.class, "the leadership's decision deadline", PROBLEM_REPORT);
  public static final ProcessVariable<String> LEADERSHIP_DECISION =
      ProcessVariable.of("leadershipDecision", String.class, "研究决定 (form field)", PROBLEM_REPORT);
  public static final ProcessVariable<String> ANSWER_SOURCE =
      ProcessVariable.of("answerSource", String.class, "who answered, in Chinese", PROBLEM_REPORT);
  public static final ProcessVariable<String> ANSWER_TEXT =
      ProcessVariable.of("answerText", String.class, "the answer", PROBLEM_REPORT);
  public static final ProcessVariable<Boolean> REPLY_ACKNOWLEDGED =
      ProcessVariable.of("replyAcknowledged", Boolean.class, "已阅知答复 (form field)", PROBLEM_REPORT);

  // ---- Problem rectification (one per problem on the register) ----

  public static final ProcessVariable<Long> PROBLEM_ID =
      ProcessVariable.of("problemId", Long.class, "consolidation record id of the problem", PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> PROBLEM_TITLE =
      ProcessVariable.of("problemTitle", String.class, "问题", PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> PROBLEM_DETAIL =
      ProcessVariable.of("problemDetail", String.class, "问题详情", PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> PROBLEM_ORIGIN =
      ProcessVariable.of("problemOrigin", String.class, "问题来源 in Chinese", PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> OWNER_GROUP =
      ProcessVariable.of("ownerGroup", String.class, "the owner's candidate group", PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> OWNER_NAME =
      ProcessVariable.of("ownerName", String.class, "责任单位（责任人）", PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Boolean> OWNER_IS_UNIT =
      ProcessVariable.of("ownerIsUnit", Boolean.class, "a participant unit owns the problem",
          PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Date> OVERDUE_AT =
      ProcessVariable.of("overdueAt", Date.class, "start of the day after the due day", PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> ESCALATED_TO =
      ProcessVariable.of("escalatedTo", String.class, "group the overdue problem was escalated to",
          PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> CLOSING_NOTE =
      ProcessVariable.of("closingNote", String.class, "整改情况 (form field)", PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Long> RECTIFICATION_EVIDENCE_ID =
      ProcessVariable.of("rectificationEvidenceId", Long.class, "evidence of the rectification",
          PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> RECTIFIED_BY =
      ProcessVariable.of("rectifiedBy", String.class, "who submitted the rectification", PROBLEM_RECTIFICATION);
  public static final ProcessVariable<Boolean> RECTIFICATION_ACCEPTED =
      ProcessVariable.of("rectificationAccepted", Boolean.class, "验收结论 (form field)", PROBLEM_RECTIFICATION);
  public static final ProcessVariable<String> VERIFICATION_COMMENT =
      ProcessVariable.of("verificationComment", String.class, "验收意见 (form field)", PROBLEM_RECTIFICATION);

  // ---- Consolidation (PH-3, the campaign process) ----

  public static final ProcessVariable<String> FINAL_SUMMARY =
      ProcessVariable.of("finalSummary", String.class, "活动总结 (form field)", CAMPAIGN);
  public static final ProcessVariable<String> CONSOLIDATION_JSON =
      ProcessVariable.of("consolidationJson", String.class, "the three lists as JSON (form script variable)",
          CAMPAIGN);
  public static final ProcessVariable<Boolean> SUMMARY_APPROVED =
      ProcessVariable.of("summaryApproved", Boolean.class, "审定结论 (form field)", CAMPAIGN);

  // ---- 发起活动 (qijin_campaign_launch, issue 14 part 3, ORG-1, ORG-2) ----

  public static final ProcessVariable<byte[]> LAUNCH_DRAFT =
      ProcessVariable.of("launchDraft", byte[].class,
          "活动方案 as UTF-8 JSON (form script variable, Bytes: longer than a String's 4000 characters); read into the "
              + "campaign's tables and cleared", CAMPAIGN_LAUNCH);
  public static final ProcessVariable<String> LAUNCH_ACTION =
      ProcessVariable.of("launchAction", String.class, "修改后重新提交 (resubmit) 或撤回 (withdraw) (form field)",
          CAMPAIGN_LAUNCH);
  public static final ProcessVariable<Date> LAUNCH_DUE_AT =
      ProcessVariable.of("launchDueAt", Date.class, "when the leadership group's approval is due: the start of PH-1",
          CAMPAIGN_LAUNCH);
  public static final ProcessVariable<Boolean> LAUNCH_APPROVED =
      ProcessVariable.of("launchApproved", Boolean.class, "领导小组审批结论 (form field)", CAMPAIGN_LAUNCH);
  public static final ProcessVariable<String> LAUNCH_OPINION =
      ProcessVariable.of("launchOpinion", String.class, "领导小组意见 (form field; required when returned)",
          CAMPAIGN_LAUNCH);

  /** The escalation moments by level (1 to 3). */
  public static final List<ProcessVariable<Date>> ESCALATION_AT = List.of(ESCALATION1_AT, ESCALATION2_AT, ESCALATION3_AT);

  /** The escalation names by level (1 to 3). */
  public static final List<ProcessVariable<String>> ESCALATION_NAMES =
      List.of(ESCALATION1_NAME, ESCALATION2_NAME, ESCALATION3_NAME);

  /** Every definition, in the order above. */
  public static final List<ProcessVariable<?>> ALL = List.of(
      CAMPAIGN_ID, CAMPAIGN_NAME, PH1_START, PH1_END, PH2_START, PH2_END,
      PH3_START, PH3_END, PH1_DUE_AT, PH2_START_AT, PH2_DUE_AT, PH2_ENDED_AT,
      PH3_START_AT, PH3_DUE_AT, UNIT_ID, UNIT_CODE, UNIT_NAME, UNIT_GROUP,
      VENUE, VENUE_NAME, JOINED_PHASE, JOINED_ON, PLAN_DOCUMENT_NUMBER, PLAN_ISSUE_DATE, PLAN_REMARKS, MEETING_DATE,
      MEETING_PLACE, MEETING_ATTENDEE_COUNT, MEETING_ATTENDEES, MEETING_MINUTES, ACK_SIGNER_NAME, ACK_REMARKS,
      ACK_NEXT_REMINDER_AT, ACK_REMINDERS_OVER, ITEM_ID, ITEM_CODE, ITEM_TITLE, ITEM_DESCRIPTION,
      ITEM_THEMES, RETURN_COUNT, ACTIVITY_DATE, ACTIVITY_PLACE, PARTICIPANT_COUNT, ACTIVITY_THEMES,
      ACTIVITY_SUMMARY, REVIEW_APPROVED, REVIEW_COMMENT, ITEM_REVIEW_DUE_AT, ITEM_REVIEW_REMINDER_CYCLE, CARRIED_OVER_COUNT,
      SUMMARY_TEXT, SUMMARY_HIGHLIGHTS, SUMMARY_PROBLEMS, EVIDENCE_UPLOADS, EVIDENCE_ID, OBLIGATION_ID,
      OBLIGATION_CODE, OBLIGATION_TITLE, QUARTER_CODE, QUARTER_NAME, PERIOD_CODE, PERIOD_NAME,
      PERIOD_KIND, QUARTER_START, QUARTER_END, PERIOD_START_AT, DUE_AT, DUE_DATE,
      NEXT_REMINDER_AT, LAST_REMINDER, ESCALATION1_AT, ESCALATION2_AT, ESCALATION3_AT, ESCALATION1_NAME,
      ESCALATION2_NAME, ESCALATION3_NAME, ESCALATION_LEVEL, ESCALATION_NAME, REVIEW_DUE_AT, REVIEW_DUE_DATE,
      REVIEW_REMINDER_CYCLE, UNIT_ACTION, SESSION_DATE, SESSION_TYPE, SESSION_PARTICIPANTS, SESSION_CASES,
      SESSION_SUMMARY, SESSION_ID, SESSION_APPROVED, SESSION_REVIEW_COMMENT, EXTENSION_DATE, EXTENSION_REASON,
      EXTENSION_ID, EXTENSION_APPROVED, EXTENSION_COMMENT, URGE_OUTCOME, TALK_OUTCOME, ROUND_ID,
      DRAFT_DUE_AT, OVERDUE_OBLIGATIONS, NOTICE_JSON, NOTICE_TITLE, APPROVAL_DUE_AT, NOTICE_APPROVED,
      LEADERSHIP_OPINION, ACKNOWLEDGEMENT_DUE_AT, ACKNOWLEDGEMENT_REMINDER_CYCLE, REPORT_DUE_AT, UNITS_REMINDED, ACKNOWLEDGED,
      ACKNOWLEDGEMENT_COMMENT, REPORTED_TO, REPORTED_ON, REPORT_METHOD, REPORT_NUMBER, REPORT_NOTE,
      REPORT_ID, REPORT_TITLE, REPORT_DESCRIPTION, REPORT_CATEGORY, REPORTED_BY, HANDLING_DUE_DATE,
      HANDLING_DUE_AT, HANDLING_CHOICE, REFERRAL_NOTE, OFFICE_REPLY, DECISION_DUE_DATE, DECISION_DUE_AT,
      LEADERSHIP_DECISION, ANSWER_SOURCE, ANSWER_TEXT, REPLY_ACKNOWLEDGED, PROBLEM_ID, PROBLEM_TITLE,
      PROBLEM_DETAIL, PROBLEM_ORIGIN, OWNER_GROUP, OWNER_NAME, OWNER_IS_UNIT, OVERDUE_AT,
      ESCALATED_TO, CLOSING_NOTE, RECTIFICATION_EVIDENCE_ID, RECTIFIED_BY, RECTIFICATION_ACCEPTED, VERIFICATION_COMMENT,
      FINAL_SUMMARY, CONSOLIDATION_JSON, SUMMARY_APPROVED, LAUNCH_DRAFT, LAUNCH_ACTION, LAUNCH_DUE_AT,
      LAUNCH_APPROVED, LAUNCH_OPINION);

  private static final Map<String, ProcessVariable<?>> BY_NAME =
      ALL.stream().collect(Collectors.toUnmodifiableMap(ProcessVariable::name, Function.identity()));

  /** The definition with this name, or null. */
  public static ProcessVariable<?> byName(String name) {
    return BY_NAME.get(name);
  }
}
