/**
 * 发起活动 (issue 14 part 3, ORG-1, ORG-2): the office proposes a campaign from a Tasklist start form — template,
 * name, the three phases' dates, the participating units, each venue's checklist (SCH-0) and a preview of the
 * quarters and their due dates — and the leadership group approves it before the plan is issued, or returns it with
 * its opinion for the office to revise or withdraw. Process {@code qijin_campaign_launch}.
 */
@org.springframework.modulith.ApplicationModule(displayName = "发起活动")
package cn.qijin.launch;
