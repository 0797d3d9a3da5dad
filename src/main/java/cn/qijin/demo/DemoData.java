package cn.qijin.demo;

import static cn.qijin.kernel.process.ProcessVariables.ACK_SIGNER_NAME;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_DATE;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_PLACE;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_SUMMARY;
import static cn.qijin.kernel.process.ProcessVariables.ACTIVITY_THEMES;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static cn.qijin.kernel.process.ProcessVariables.ITEM_CODE;
import static cn.qijin.kernel.process.ProcessVariables.MEETING_ATTENDEES;
import static cn.qijin.kernel.process.ProcessVariables.MEETING_ATTENDEE_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.MEETING_DATE;
import static cn.qijin.kernel.process.ProcessVariables.MEETING_MINUTES;
import static cn.qijin.kernel.process.ProcessVariables.MEETING_PLACE;
import static cn.qijin.kernel.process.ProcessVariables.PARTICIPANT_COUNT;
import static cn.qijin.kernel.process.ProcessVariables.PLAN_DOCUMENT_NUMBER;
import static cn.qijin.kernel.process.ProcessVariables.PLAN_ISSUE_DATE;
import static cn.qijin.kernel.process.ProcessVariables.PLAN_REMARKS;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_COMMENT;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_CASES;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_DATE;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_PARTICIPANTS;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_SUMMARY;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_TYPE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ACTION;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignRequest;
import cn.qijin.campaign.CampaignService;
import cn.qijin.checklist.CampaignChecklistService;
import cn.qijin.checklist.ChecklistItemRequest;
import cn.qijin.evidence.EvidenceUploads;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.Quarter;
import cn.qijin.kernel.process.VariableValues;
import cn.qijin.organisation.MemberRequest;
import cn.qijin.organisation.Organisation;
import cn.qijin.organisation.ProfileRequest;
import cn.qijin.security.Roles;
import cn.qijin.supervision.SupervisionStarter;
import cn.qijin.unit.UnitRequest;
import cn.qijin.unit.UnitService;
import cn.qijin.unit.Units;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.ManagementService;
import org.camunda.bpm.engine.TaskService;
import org.camunda.bpm.engine.identity.User;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.task.Task;
import org.camunda.bpm.spring.boot.starter.event.PostDeployEvent;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.context.event.EventListener;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo profile only: units for all seven venues, one account per role and per unit, and a running
 * campaign whose phases lie around today, with some work already done so every role sees live tasks.
 * Runs once, on an empty database; all in one transaction.
 */
@Component
@ConditionalOnProperty(name = "qijin.demo.enabled", havingValue = "true")
public class DemoData {

  private static final Logger LOG = LoggerFactory.getLogger(DemoData.class);

  /** {@code additionalVenues}: the venues a unit serves besides its own (issue 11). */
  record DemoUnit(String code, String name, String venue, String contact, String phone, List<String> additionalVenues) {

    DemoUnit(String code, String name, String venue, String contact, String phone) {
      this(code, name, venue, contact, phone, List.of());
    }
  }

  static final List<DemoUnit> UNITS = List.of(
      new DemoUnit("ENT01", "台儿庄华源化工有限公司", "ENTERPRISE", "张伟", "0632-6611001"),
      // an enterprise that also runs a public place (its showroom and square): ENT and PUB items, FAM-1
      new DemoUnit("ENT02", "枣庄运河建材有限公司", "ENTERPRISE", "李强", "0632-6611002", List.of("PUBLIC_PLACE")),
      new DemoUnit("SCH01", "台儿庄区实验小学", "SCHOOL", "王芳", "0632-6611003"),
      new DemoUnit("ORG01", "区经信局综合科", "ORGAN", "刘洋", "0632-6611004"),
      new DemoUnit("COM01", "运河街道古城社区", "COMMUNITY", "陈静", "0632-6611005"),
      new DemoUnit("RUR01", "涧头集镇前进村", "RURAL", "赵磊", "0632-6611006"),
      new DemoUnit("FAM01", "区经信局工会（职工家庭安全教育）", "FAMILY", "孙丽", "0632-6611007"),
      new DemoUnit("PUB01", "台儿庄古城影剧院", "PUBLIC_PLACE", "周敏", "0632-6611008"));

  private final DemoProperties properties;
  private final Units registeredUnits;
  private final UnitService units;
  private final CampaignService campaigns;
  private final CampaignChecklistService checklist;
  private final IdentityService identity;
  private final TaskService tasks;
  private final ManagementService management;
  private final EvidenceUploads uploads;
  private final SupervisionStarter supervision;
  private final Organisation organisation;

  public DemoData(DemoProperties properties, Units registeredUnits, UnitService units,
      CampaignService campaigns, CampaignChecklistService checklist, IdentityService identity, TaskService tasks,
      ManagementService management, EvidenceUploads uploads, SupervisionStarter supervision, Organisation organisation) {
    this.supervision = supervision;
    this.organisation = organisation;
    this.properties = properties;
    this.registeredUnits = registeredUnits;
    this.units = units;
    this.campaigns = campaigns;
    this.checklist = checklist;
    this.identity = identity;
    this.tasks = tasks;
    this.management = management;
    this.uploads = uploads;
  }

  /** ORG-1, ORG-2 as the plan sets them up: the group led by the bureau, its office in 局安全科 under 吴振明. */
  private void organisationOfThePlan() {
    organisation.updateProfile(new ProfileRequest("台儿庄区经济和信息化局",
        "台儿庄区经济和信息化局" + Organisation.OFFICE_SUFFIX, "局安全科"), "system");
    organisation.add(new MemberRequest("LEADER", "薛钊", "局长", "leader", null), "system");
    organisation.add(new MemberRequest("MEMBER", "刘建国", "副局长", null, null), "system");
    organisation.add(new MemberRequest("DIRECTOR", "吴振明", "安全科科长", "office", null), "system");
    organisation.add(new MemberRequest("STAFF", "孙丽", "安全科科员", null, null), "system");
  }

  @EventListener(PostDeployEvent.class)
  @Order(10)
  @Transactional
  public void seed() {
    if (registeredUnits.anyRegistered()) {
      LOG.info("Demo data already present");
      return;
    }
    user("office", "吴振明", Roles.OFFICE);
    user("leader", "薛钊", Roles.LEADERSHIP);
    organisationOfThePlan();
    for (DemoUnit u : UNITS) {
      units.register(new UnitRequest(u.code(), u.name(), u.venue(), u.contact(), u.phone(),
          u.code().toLowerCase() + "@example.org", true, u.additionalVenues()));
      user(u.code().toLowerCase(), u.contact(), "unit" + u.code());
    }
    Campaign campaign = defineAroundToday();
    runFirstSteps(campaign);
    handInThisMonthsBroadcast();
    openLastQuarterSupervision(campaign);
    LOG.info("Demo campaign {} is running; log in as office, leader or a unit (ent01 ...), password '{}'",
        campaign.getId(), properties.password());
  }

  private Campaign defineAroundToday() {
    LocalDate t = CampaignClock.today();
    Campaign campaign = campaigns.define(new CampaignRequest(null, null, "安全生产宣传教育“七进”活动（演示）", null,
        t.minusDays(110), t.minusDays(98), t.minusDays(97), t.plusDays(53), t.plusDays(54), t.plusDays(173)), "office");
    checklist.add(campaign.getId(), new ChecklistItemRequest("SCHOOL", "SCH-1", "开学第一课安全教育",
        "开学第一课讲授安全生产和自救互救知识", "T5"));
    checklist.add(campaign.getId(), new ChecklistItemRequest("SCHOOL", "SCH-2", "校园应急疏散演练",
        "组织师生开展应急疏散演练", "T5,T6"));
    return campaigns.start(campaign.getId());
  }

  /** The office issues the plan and holds the meeting; some units acknowledge; ENT02 has one item returned, one accepted. */
  private void runFirstSteps(Campaign campaign) {
    String pid = campaign.getProcessInstanceId();
    LocalDate ph1 = campaign.schedule().ph1Start();
    as("office", Roles.OFFICE, () -> {
      complete(pid, "IssuePlanTask", VariableValues.of(PLAN_DOCUMENT_NUMBER, "台经信字〔" + ph1.getYear() + "〕43号")
          .and(PLAN_ISSUE_DATE, ph1.plusDays(1).toString()) .and(PLAN_REMARKS, "请各单位认真贯彻执行").asMap());
      complete(pid, "MobilisationMeetingTask", VariableValues.of(MEETING_DATE, ph1.plusDays(3).toString())
          .and(MEETING_PLACE, "局三楼会议室") .and(MEETING_ATTENDEE_COUNT, 36L)
          .and(MEETING_ATTENDEES, "领导小组成员、各科室负责人、各相关企业安全负责人")
          .and(MEETING_MINUTES, "传达“七进”活动工作方案，部署各阶段任务，明确责任分工和时间节点。").asMap());
    });
    runDueTimers();
    for (String code : List.of("ENT02", "SCH01", "ORG01", "COM01")) {
      as(code.toLowerCase(), "unit" + code, () -> completeForUnit(code, "AcknowledgePlanTask",
          VariableValues.of(ACK_SIGNER_NAME, registeredUnits.findByCode(code).orElseThrow().getContactPerson()).asMap()));
    }
    LocalDate activityDay = campaign.schedule().ph2Start().plusDays(1);
    Map<String, Object> record = VariableValues.of(ACTIVITY_DATE, activityDay.toString()) .and(ACTIVITY_PLACE, "公司培训室")
        .and(PARTICIPANT_COUNT, 42L) .and(ACTIVITY_THEMES, "T5")
        .and(ACTIVITY_SUMMARY, "召开安全生产教育培训专题会，将培训纳入年度发展规划并落实经费。").asMap();
    as("ent02", "unitENT02", () -> {
      completeItem("ENT02", "ENT-1", withEvidence(record, "ent02", "培训会现场.png"));
      completeItem("ENT02", "ENT-2", withEvidence(VariableValues.of(ACTIVITY_DATE, activityDay.toString()) .and(ACTIVITY_PLACE, "公司会议室")
          .and(PARTICIPANT_COUNT, 55L) .and(ACTIVITY_THEMES, "T4") .and(ACTIVITY_SUMMARY, "组织全体职工学习“两法一条例”并闭卷测试。").asMap(),
          "ent02", "学习现场.png"));
    });
    as("office", Roles.OFFICE, () -> {
      review("ENT02", "ENT-1", false, "请补充培训经费保障的具体金额和制度文件名称。");
      review("ENT02", "ENT-2", true, "材料齐全，予以销号。");
    });
    handInThisQuartersSession(campaign);
  }

  /**
   * REC-2 in the demo: ORG01 hands in this quarter's training meeting on time and it waits for the office's
   * review. Its cell stays green (已提交待审核) even after the due date, no reminder or ladder goes to it, and the
   * office's 审核季度活动 has its own due date and reminders.
   */
  private void handInThisQuartersSession(Campaign campaign) {
    Quarter current = Quarter.of(CampaignClock.today());
    LocalDate held = CampaignClock.today().minusDays(1).isBefore(current.start()) ? CampaignClock.today()
        : CampaignClock.today().minusDays(1);
    as("org01", "unitORG01", () -> tasks.createTaskQuery()
        .processInstanceBusinessKeyLike("%-ORG01-ORG-V1-" + current.code()).taskDefinitionKey("RecordSessionTask")
        .list().stream().findFirst().ifPresent(task -> tasks.complete(task.getId(), withEvidence(VariableValues.of(UNIT_ACTION, "session") .and(SESSION_DATE, held.toString()) .and(SESSION_TYPE, "安全宣传教育培训会议")
            .and(SESSION_PARTICIPANTS, 28L) .and(SESSION_CASES, "学习《安全生产法》及近期典型事故通报")
            .and(SESSION_SUMMARY, "召开本季度安全宣传教育培训会议，传达上级文件，分析典型事故案例。").asMap(), "org01", "培训会议签到表.png"))));
  }

  /**
   * COM-2 recurs monthly (issue 11 point 7): the community hands in this month's record of its outdoor screen and
   * broadcasts, which waits in the office's 待审核 as 审核月度活动; its earlier months lapsed like PUB01's.
   */
  private void handInThisMonthsBroadcast() {
    LocalDate today = CampaignClock.today();
    Task task = tasks.createTaskQuery().processInstanceBusinessKeyLike("%-COM01-COM-2-" + YearMonth.from(today))
        .taskDefinitionKey("RecordSessionTask").singleResult();
    as("com01", "unitCOM01", () -> tasks.complete(task.getId(), withEvidence(VariableValues.of(UNIT_ACTION, "session")
        .and(SESSION_DATE, today.toString()) .and(SESSION_TYPE, "户外显示屏、广播播放") .and(SESSION_PARTICIPANTS, 0L)
        .and(SESSION_CASES, "社区广场显示屏每日滚动播放消防安全和燃气使用常识，广播每周二、五各播放一次")
        .and(SESSION_SUMMARY, "本月在社区广场户外显示屏和广播中经常性播放安全常识，附播放记录。").asMap(), "com01", "显示屏播放记录.png")));
  }

  /**
   * PH-2 began in the previous quarter, whose obligations lapsed and climbed the escalation ladder: the office
   * runs that quarter's supervision (ORG-2) now, as the schedule would have done on its 7th day after.
   */
  private void openLastQuarterSupervision(Campaign campaign) {
    Quarter first = Quarter.of(campaign.schedule().ph2Start());
    if (CampaignClock.today().isAfter(first.end())) {
      supervision.startByOffice(campaign, first.code(), "office");
    }
  }

  private Map<String, Object> withEvidence(Map<String, Object> record, String userId, String fileName) {
    var photo = DemoFiles.photo(fileName);
    var upload = uploads.upload(List.of(photo), userId).get(0);
    var vars = new java.util.HashMap<>(record);
    EVIDENCE_UPLOADS.put(vars, upload.uploadId());
    return vars;
  }

  private void runDueTimers() {
    List<Job> due;
    while (!(due = management.createJobQuery().executable().timers().list()).isEmpty()) {
      due.forEach(job -> management.executeJob(job.getId()));
    }
  }

  private void completeForUnit(String unitCode, String taskKey, Map<String, Object> vars) {
    Task task = tasks.createTaskQuery().processInstanceBusinessKeyLike("%-" + unitCode).taskDefinitionKey(taskKey)
        .singleResult();
    tasks.complete(task.getId(), vars);
  }

  private void completeItem(String unitCode, String itemCode, Map<String, Object> vars) {
    tasks.complete(itemTask(unitCode, "ImplementItemTask", itemCode).getId(), vars);
  }

  private void review(String unitCode, String itemCode, boolean approved, String comment) {
    tasks.complete(itemTask(unitCode, "ReviewItemTask", itemCode).getId(),
        VariableValues.of(REVIEW_APPROVED, approved) .and(REVIEW_COMMENT, comment).asMap());
  }

  private Task itemTask(String unitCode, String taskKey, String itemCode) {
    return tasks.createTaskQuery().processInstanceBusinessKeyLike("%-" + unitCode).taskDefinitionKey(taskKey)
        .list().stream().filter(t -> itemCode.equals(ITEM_CODE.valueOf(tasks.getVariable(t.getId(), ITEM_CODE.name())))).findFirst()
        .orElseThrow();
  }

  private void complete(String processInstanceId, String taskKey, Map<String, Object> vars) {
    Task task = tasks.createTaskQuery().processInstanceId(processInstanceId).taskDefinitionKey(taskKey).singleResult();
    tasks.complete(task.getId(), vars);
  }

  private void as(String userId, String group, Runnable work) {
    identity.setAuthentication(userId, List.of(group));
    try {
      work.run();
    } finally {
      identity.clearAuthentication();
    }
  }

  private void user(String id, String fullName, String group) {
    User user = identity.newUser(id);
    // Camunda shows "first last": a Chinese name goes whole into the first name
    user.setFirstName(fullName);
    user.setLastName("");
    user.setEmail(id + "@example.org");
    user.setPassword(properties.password());
    identity.saveUser(user);
    identity.createMembership(id, group);
  }
}
