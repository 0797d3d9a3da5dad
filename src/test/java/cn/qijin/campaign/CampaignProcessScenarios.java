package cn.qijin.campaign;

import static cn.qijin.support.CampaignDriver.accept;
import static cn.qijin.support.CampaignDriver.itemRecord;
import static cn.qijin.support.CampaignDriver.returnWith;
import static cn.qijin.support.CampaignDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import cn.qijin.checklist.internal.ChecklistProgressRepository;
import cn.qijin.checklist.ProgressState;
import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.consolidation.RecordKind;
import cn.qijin.mobilisation.internal.MobilisationMeetingRepository;
import cn.qijin.mobilisation.internal.PlanAcknowledgementRepository;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.H2Only;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Every path through qijin_campaign and qijin_unit_campaign (PH-1, PH-2, PH-3), timers driven by the
 * engine clock in Asia/Shanghai time, on the default template's 2017–2018 dates. Runs on H2 and on
 * PostgreSQL through the two subclasses.
 */
abstract class CampaignProcessScenarios {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired cn.qijin.checklist.CampaignChecklistService checklist;
  @Autowired CampaignRepository campaignRepository;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired ChecklistProgressRepository progress;
  @Autowired ConsolidationRecordRepository consolidation;
  @Autowired PlanAcknowledgementRepository acknowledgements;
  @Autowired MobilisationMeetingRepository meetings;
  @Autowired cn.qijin.obligation.ObligationService obligationService;
  @Autowired cn.qijin.obligation.ObligationSettlement settlement;
  @Autowired cn.qijin.obligation.internal.ObligationRepository obligations;

  CampaignDriver drive;

  @BeforeEach
  void setUp() {
    init(engine);
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** PH-1 → PH-2 → PH-3 → approved: the whole campaign on its happy path, with phase changes on the plan's Shanghai dates. */
  @Test
  void whole_campaign_runs_through_three_phases_on_shanghai_dates() {
    Unit enterprise = drive.unit("ENTERPRISE");
    Unit organ = drive.unit("ORGAN");
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    ProcessInstance main = engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult();

    // PH-1: the office issues the plan; every unit gets its acknowledgement task; the meeting is recorded.
    assertThat(main).isWaitingAt("IssuePlanTask");
    assertThat(drive.task(main.getId(), "IssuePlanTask")).hasCandidateGroup(Roles.OFFICE);
    drive.issuePlan(main, LocalDate.of(2017, 6, 2));
    assertThat(main).isWaitingAt("UnitCampaigns", "MobilisationMeetingTask", "Phase2Started");
    CampaignEntity issued = campaignRepository.findById(campaign.getId()).orElseThrow();
    assertThat(issued.getPlanDocumentNumber()).isEqualTo("台经信字〔2017〕43号");
    assertThat(issued.getPlanIssueDate()).isEqualTo(LocalDate.of(2017, 6, 2));
    ProcessInstance ent = drive.unitInstance(campaign, enterprise);
    ProcessInstance org = drive.unitInstance(campaign, organ);
    assertThat(ent).isWaitingAt("AcknowledgePlanTask", "UnitPhase2Started", "UnitPhase3Started");
    assertThat(drive.task(ent.getId(), "AcknowledgePlanTask")).hasCandidateGroup(enterprise.groupId());
    drive.recordMeeting(main, LocalDate.of(2017, 6, 9));
    assertThat(main).hasPassed("MeetingRecorded");
    assertThat(meetings.findByCampaignId(campaign.getId())).isPresent();
    drive.completeAs("u1", enterprise.groupId(), drive.task(ent.getId(), "AcknowledgePlanTask"),
        Map.of("ackSignerName", "张伟"));
    assertThat(ent).hasPassed("PlanAcknowledged");
    assertThat(acknowledgements.findByCampaignIdOrderByAcknowledgedAtAsc(campaign.getId())).hasSize(1);

    // PH-2 begins at 2017-07-01 00:00 Shanghai (= 2017-06-30 16:00 UTC), not a minute earlier.
    drive.at("2017-06-30T23:59");
    drive.fireDueTimers(); // only the organ's acknowledgement reminders (issue 11) are due
    assertThat(ent).isWaitingAt("UnitPhase2Started");
    assertThat(campaignRepository.findById(campaign.getId()).orElseThrow().getPhase()).isEqualTo(Phase.PH1);
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    assertThat(campaignRepository.findById(campaign.getId()).orElseThrow().getPhase()).isEqualTo(Phase.PH2);
    // ENT-1…ENT-8 without ENT-5 (carried by the quarterly obligations), plus FAM-1 for every unit (issue 11)
    assertThat(drive.tasks(ent.getId(), "ImplementItemTask")).hasSize(8);
    assertThat(drive.tasks(org.getId(), "ImplementItemTask")).hasSize(7);
    Task ent1 = drive.itemTask(ent.getId(), "ImplementItemTask", "ENT-1");
    assertThat(ent1.getName()).isEqualTo("落实 ENT-1：安全生产教育培训纳入企业发展规划");
    assertThat(ent1.getDueDate()).isEqualTo(shanghai("2017-12-31T23:59:59"));
    assertThat(ent1).hasCandidateGroup(enterprise.groupId());

    // Every item accepted before PH-2 ends: the unit's checklist closes, nothing is carried over.
    drive.at("2017-08-01T10:00");
    for (Task item : drive.tasks(ent.getId(), "ImplementItemTask")) {
      drive.completeAs("u1", enterprise.groupId(), item, itemRecord(LocalDate.of(2017, 7, 20)));
    }
    for (Task review : drive.tasks(ent.getId(), "ReviewItemTask")) {
      assertThat(review).hasCandidateGroup(Roles.OFFICE);
      drive.completeAs("office", Roles.OFFICE, review, accept());
    }
    assertThat(ent).hasPassed("ChecklistDone");
    assertThat(progress.findByCampaignIdAndUnitIdAndStateNot(campaign.getId(), enterprise.getId(), ProgressState.ACCEPTED))
        .isEmpty();

    // PH-3 begins at 2018-01-01 00:00 Shanghai.
    drive.at("2018-01-01T00:00");
    drive.fireDueTimers();
    assertThat(campaignRepository.findById(campaign.getId()).orElseThrow().getPhase()).isEqualTo(Phase.PH3);
    assertThat(ent).isWaitingAt("SelfSummaryTask");
    assertThat(ent).hasNotPassed("CarryOverOpenItems");
    drive.completeAs("u1", enterprise.groupId(), drive.task(ent.getId(), "SelfSummaryTask"),
        Map.of("summaryText", "全面完成各项检查项。"));
    // The quarterly obligations (ENT-5) go on until the end of PH-3 or of the campaign.
    assertThat(ent).hasPassed("SelfSummarySubmitted").isWaitingAt("QuarterlyObligations");

    assertThat(main).isWaitingAt("UnitCampaigns", "ConsolidationTask");
    drive.completeAs("office", Roles.OFFICE, drive.task(main.getId(), "ConsolidationTask"), Map.of(
        "finalSummary", "活动圆满完成。",
        "consolidationJson", """
            {"goodExamples":[{"title":"班前安全会","unitCode":"%s","detail":"每班必开"}],
             "standingRules":[{"title":"季度警示教育制度","text":"每季度开展一次事故警示教育","effectiveDate":"2018-06-01"}],
             "problems":[{"title":"农村宣传覆盖不足","owner":"办公室","dueDate":"2018-09-30"}]}
            """.formatted(enterprise.getCode())));
    assertThat(main).isWaitingAt("ApproveSummaryTask");
    assertThat(drive.task(main.getId(), "ApproveSummaryTask")).hasCandidateGroup(Roles.LEADERSHIP);
    drive.completeAs("leader", Roles.LEADERSHIP, drive.task(main.getId(), "ApproveSummaryTask"),
        Map.of("summaryApproved", true));

    // REC-1, PH-3: nothing ends early. Approved on PH-3's first day, the summary does not cut the obligations
    // of 2018 short: the campaign waits, looking every day, until each one is settled.
    assertThat(main).isWaitingAt("UnitCampaigns", "SettlementCheckDue");
    assertThat(ent).isWaitingAt("QuarterlyObligations");
    CampaignEntity approved = campaignRepository.findById(campaign.getId()).orElseThrow();
    assertThat(approved.getStatus()).isEqualTo(CampaignStatus.RUNNING);
    assertThat(approved.isSummaryApproved()).isTrue();
    assertThat(settlement.stillOpen(campaign.getId())).hasSize(12);

    // Settled: lapsed with the ladder done (the leadership group recorded its 约谈), and the rest exempted.
    var entQ3 = obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), enterprise.getId())
        .get(0);
    drive.completeAs("leader", Roles.LEADERSHIP, drive.task(entQ3.getProcessInstanceId(), "TalkWithUnitTask"),
        Map.of("talkOutcome", "已约谈企业负责人，限期整改"));
    assertThat(settlement.stillOpen(campaign.getId())).hasSize(11);
    settlement.stillOpen(campaign.getId()).stream().skip(1).forEach(open -> drive.as("office", Roles.OFFICE,
        () -> obligationService.exempt(open.obligationId(), "停产整顿")));
    drive.at("2018-01-02T00:59");
    drive.fireDueTimers();
    assertThat(main).isWaitingAt("SettlementCheckDue");
    drive.at("2018-01-02T01:00");
    drive.fireDueTimers();
    assertThat(main).isWaitingAt("SettlementCheckDue");
    var last = settlement.stillOpen(campaign.getId()).get(0);
    drive.as("office", Roles.OFFICE, () -> obligationService.exempt(last.obligationId(), "停产整顿"));

    // The next day's look finds everything settled: the campaign ends and closes what is still open (the organ
    // never acknowledged or summarised).
    drive.at("2018-01-03T01:00");
    drive.fireDueTimers();
    assertThat(main).isEnded().hasPassed("CampaignEnded");
    assertThat(org).isEnded();
    assertThat(ent).isEnded();
    CampaignEntity ended = campaignRepository.findById(campaign.getId()).orElseThrow();
    assertThat(ended.getStatus()).isEqualTo(CampaignStatus.ENDED);
    assertThat(ended.getSummaryApprovedBy()).isEqualTo("leader");
    assertThat(consolidation.findByCampaignIdOrderByKindAscIdAsc(campaign.getId()))
        .filteredOn(r -> r.getOrigin() == ConsolidationRecord.Origin.OFFICE)
        .extracting(ConsolidationRecord::getKind)
        .containsExactlyInAnyOrder(RecordKind.GOOD_EXAMPLE, RecordKind.STANDING_RULE, RecordKind.PROBLEM);
    // The organ's seven items, never done, were carried into PH-3 as problems.
    assertThat(consolidation.findByCampaignIdOrderByKindAscIdAsc(campaign.getId()))
        .filteredOn(r -> r.getOrigin() == ConsolidationRecord.Origin.CARRIED_OVER).hasSize(7);
  }

  /** PH-2: a returned item goes back to the unit with the reason, is resubmitted and accepted. */
  @Test
  @H2Only
  void returned_item_is_resubmitted_and_accepted() {
    Unit enterprise = drive.unit("ENTERPRISE");
    Campaign campaign = runningInPhase2();
    ProcessInstance ent = drive.unitInstance(campaign, enterprise);

    drive.completeAs("u1", enterprise.groupId(), drive.itemTask(ent.getId(), "ImplementItemTask", "ENT-1"),
        itemRecord(LocalDate.of(2017, 7, 3)));
    Task review = drive.itemTask(ent.getId(), "ReviewItemTask", "ENT-1");
    assertThat(review.getName()).startsWith("审核 ENT-1：").endsWith("（" + enterprise.getName() + "）");
    drive.completeAs("office", Roles.OFFICE, review, returnWith("请补充签到表"));

    Task again = drive.itemTask(ent.getId(), "ImplementItemTask", "ENT-1");
    assertThat(engine.getTaskService().getVariable(again.getId(), "reviewComment")).isEqualTo("请补充签到表");
    assertThat(engine.getTaskService().getVariable(again.getId(), "returnCount")).isEqualTo(1L);
    assertThat(engine.getTaskService().getVariable(again.getId(), "activityPlace")).isEqualTo("培训室");
    // Parallel items keep their own answers: another item's task has none.
    Task other = drive.itemTask(ent.getId(), "ImplementItemTask", "ENT-2");
    assertThat(engine.getTaskService().getVariable(other.getId(), "reviewComment")).isNull();
    var row = progress.findByCampaignIdAndUnitIdAndItemId(campaign.getId(), enterprise.getId(),
        engine.getTaskService().getVariable(again.getId(), "itemId") instanceof Long l ? l : null).orElseThrow();
    assertThat(row.getState()).isEqualTo(ProgressState.RETURNED);

    drive.completeAs("u1", enterprise.groupId(), again, itemRecord(LocalDate.of(2017, 7, 4)));
    drive.completeAs("office", Roles.OFFICE, drive.itemTask(ent.getId(), "ReviewItemTask", "ENT-1"), accept());
    var accepted = progress.findById(row.getId()).orElseThrow();
    assertThat(accepted.getState()).isEqualTo(ProgressState.ACCEPTED);
    assertThat(accepted.getReturnCount()).isEqualTo(1);
    assertThat(accepted.getReviewedBy()).isEqualTo("office");
    assertThat(accepted.getSubmittedBy()).isEqualTo("u1");
    assertThat(drive.tasks(ent.getId(), "ImplementItemTask")).hasSize(7);
    assertThat(ent).hasPassed("ItemAccepted");
  }

  /** PH-2 ends with items open: they become PH-3 problems, their tasks stay open and show as overdue. */
  @Test
  void open_items_are_carried_into_phase3_and_stay_visible_as_overdue() {
    Unit community = drive.unit("COMMUNITY");
    Campaign campaign = runningInPhase2();
    ProcessInstance com = drive.unitInstance(campaign, community);
    drive.at("2017-09-02T10:00");
    drive.completeAs("u2", community.groupId(), drive.itemTask(com.getId(), "ImplementItemTask", "COM-1"),
        itemRecord(LocalDate.of(2017, 9, 1)));
    drive.completeAs("office", Roles.OFFICE, drive.itemTask(com.getId(), "ReviewItemTask", "COM-1"), accept());

    drive.at("2017-12-31T23:59");
    drive.fireDueTimers();
    assertThat(com).hasNotPassed("CarryOverOpenItems");
    drive.at("2018-01-01T00:00");
    drive.fireDueTimers();
    assertThat(com).hasPassed("CarryOverOpenItems", "OpenItemsCarriedOver");
    var problems = consolidation.findByCampaignIdOrderByKindAscIdAsc(campaign.getId());
    // COM-3…COM-5 and FAM-1, every unit's item (issue 11); COM-2 is carried by monthly obligations (point 7)
    assertThat(problems).hasSize(4).allSatisfy(p -> {
      assertThat(p.getKind()).isEqualTo(RecordKind.PROBLEM);
      assertThat(p.getOrigin()).isEqualTo(ConsolidationRecord.Origin.CARRIED_OVER);
      assertThat(p.getUnitId()).isEqualTo(community.getId());
      assertThat(p.getDueDate()).isEqualTo(LocalDate.of(2018, 12, 31));
    });
    assertThat(com).isWaitingAt("ImplementItemTask", "SelfSummaryTask");
    long overdue = engine.getTaskService().createTaskQuery().processInstanceId(com.getId())
        .taskDefinitionKey("ImplementItemTask").dueBefore(ClockUtil.getCurrentTime()).count();
    assertThat(overdue).isEqualTo(4);

    // A carried-over item can still be finished in PH-3.
    drive.at("2018-02-01T10:00");
    drive.completeAs("u2", community.groupId(), drive.itemTask(com.getId(), "ImplementItemTask", "COM-3"),
        itemRecord(LocalDate.of(2018, 1, 15)));
    drive.completeAs("office", Roles.OFFICE, drive.itemTask(com.getId(), "ReviewItemTask", "COM-3"), accept());
    assertThat(drive.tasks(com.getId(), "ImplementItemTask")).hasSize(3);
  }

  /** PH-1 tasks past their due date stay open and are found by an overdue query. */
  @Test
  @H2Only
  void unacknowledged_plan_stays_open_and_overdue_after_phase1() {
    Unit rural = drive.unit("RURAL");
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    ProcessInstance main = mainInstance(campaign);
    drive.issuePlan(main, LocalDate.of(2017, 6, 1));
    ProcessInstance rur = drive.unitInstance(campaign, rural);
    Task ack = drive.task(rur.getId(), "AcknowledgePlanTask");
    assertThat(ack.getDueDate()).isEqualTo(shanghai("2017-06-30T23:59:59"));

    drive.at("2017-07-02T08:00");
    drive.fireDueTimers();
    assertThat(rur).isWaitingAt("AcknowledgePlanTask", "ImplementItemTask");
    assertThat(engine.getTaskService().createTaskQuery().processInstanceId(rur.getId())
        .dueBefore(ClockUtil.getCurrentTime()).singleResult().getId()).isEqualTo(ack.getId());
  }

  /**
   * SCH-0: schools have no items in the plan; the office adds them before the start. FAM-1 is every unit's item
   * (issue 11), so a school without added items has FAM-1 only, and its checklist closes when FAM-1 is accepted.
   */
  @Test
  @H2Only
  void school_checklist_comes_from_the_office_and_FAM1_alone_closes_it() {
    Unit school = drive.unit("SCHOOL");
    Unit family = drive.unit("FAMILY");
    Campaign draft = drive.defineFromDefaultTemplate();
    addItem(draft, "学校", "SCH-1");
    addItem(draft, "SCHOOL", "SCH-2");
    Campaign campaign = drive.start(draft);
    assertThatThrownBy(() -> addItem(campaign, "SCHOOL", "SCH-3"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("活动已启动");
    drive.issuePlan(mainInstance(campaign), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    ProcessInstance sch = drive.unitInstance(campaign, school);
    assertThat(drive.tasks(sch.getId(), "ImplementItemTask")).extracting(Task::getName)
        .containsExactlyInAnyOrder("落实 SCH-1：测试检查项SCH-1", "落实 SCH-2：测试检查项SCH-2", "落实 FAM-1：家庭安全警示教育");
    assertThat(drive.tasks(drive.unitInstance(campaign, family).getId(), "ImplementItemTask")).hasSize(1);

    // A venue with no items of its own: FAM-1 alone, and the checklist is done once it is accepted.
    drive.retireExistingUnits();
    Unit secondSchool = drive.unit("SCHOOL");
    drive.at("2017-06-01T09:00");
    Campaign bare = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(mainInstance(bare), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    ProcessInstance onlyFamily = drive.unitInstance(bare, secondSchool);
    assertThat(drive.tasks(onlyFamily.getId(), "ImplementItemTask")).extracting(Task::getName)
        .containsExactly("落实 FAM-1：家庭安全警示教育");
    drive.at("2017-07-05T10:00");
    drive.completeAs("u3", secondSchool.groupId(), drive.task(onlyFamily.getId(), "ImplementItemTask"),
        itemRecord(LocalDate.of(2017, 7, 4)));
    drive.completeAs("office", Roles.OFFICE, drive.task(onlyFamily.getId(), "ReviewItemTask"), accept());
    assertThat(onlyFamily).hasPassed("ChecklistDone");
  }

  /** PH-3: the leadership group returns the summary with an opinion; the office revises it; then approval ends the campaign. */
  @Test
  @H2Only
  void leadership_returns_the_final_summary_and_approves_the_revision() {
    Unit publicPlace = drive.unit("PUBLIC_PLACE");
    Campaign campaign = runningInPhase2();
    ProcessInstance main = mainInstance(campaign);
    drive.at("2018-01-01T00:00");
    drive.fireDueTimers();
    Map<String, Object> draft = Map.of("finalSummary", "初稿", "consolidationJson",
        "{\"problems\":[{\"title\":\"问题一\",\"owner\":\"办公室\",\"dueDate\":\"2018-03-31\"}]}");
    drive.completeAs("office", Roles.OFFICE, drive.task(main.getId(), "ConsolidationTask"), draft);
    assertThatThrownBy(() -> drive.completeAs("leader", Roles.LEADERSHIP, drive.task(main.getId(), "ApproveSummaryTask"),
        Map.of("summaryApproved", false)))
        .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("请填写退回修改意见");
    drive.completeAs("leader", Roles.LEADERSHIP, drive.task(main.getId(), "ApproveSummaryTask"),
        Map.of("summaryApproved", false, "leadershipOpinion", "请补充典型经验"));
    assertThat(main).isWaitingAt("ConsolidationTask");
    Task revise = drive.task(main.getId(), "ConsolidationTask");
    assertThat(engine.getTaskService().getVariable(revise.getId(), "leadershipOpinion")).isEqualTo("请补充典型经验");
    drive.completeAs("office", Roles.OFFICE, revise, Map.of("finalSummary", "修改稿", "consolidationJson",
        "{\"goodExamples\":[{\"title\":\"典型一\"}],\"problems\":[{\"title\":\"问题一\",\"owner\":\"办公室\",\"dueDate\":\"2018-03-31\"}]}"));
    // The revision replaces the first marks instead of adding to them.
    assertThat(consolidation.findByCampaignIdOrderByKindAscIdAsc(campaign.getId()).stream()
        .filter(r -> r.getOrigin() == ConsolidationRecord.Origin.OFFICE)).hasSize(2);
    drive.completeAs("leader", Roles.LEADERSHIP, drive.task(main.getId(), "ApproveSummaryTask"),
        Map.of("summaryApproved", true));
    // REC-1, PH-3: the public place's monthly PUB-2 obligations (issue 11 point 7) keep the campaign open until settled
    assertThat(main).isWaitingAt("SettlementCheckDue");
    obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), publicPlace.getId())
        .forEach(o -> drive.as("office", Roles.OFFICE, () -> obligationService.exempt(o.getId(), "场所停业改造")));
    drive.at("2018-01-02T01:00");
    drive.fireDueTimers();
    assertThat(main).isEnded();
    assertThat(campaignRepository.findById(campaign.getId()).orElseThrow().getFinalSummary()).isEqualTo("修改稿");
  }

  /** Bad input in forms is refused with a Chinese message; the task stays open and nothing is recorded. */
  @Test
  void bad_form_input_is_refused_and_the_task_stays_open() {
    Unit enterprise = drive.unit("ENTERPRISE");
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    ProcessInstance main = mainInstance(campaign);
    Task issue = drive.task(main.getId(), "IssuePlanTask");
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, issue, Map.of("planIssueDate", "2017-06-02")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写工作方案文号");
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, issue,
        Map.of("planDocumentNumber", "台经信字〔2017〕43号", "planIssueDate", "2017-07-15")))
        .hasMessageContaining("印发日期须在 2017-06-01 至 2017-06-30 之间");
    assertThat(main).isWaitingAt("IssuePlanTask");
    drive.issuePlan(main, LocalDate.of(2017, 6, 2));
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, drive.task(main.getId(), "MobilisationMeetingTask"),
        Map.of("meetingDate", "2017-06-09", "meetingPlace", "会议室", "meetingAttendeeCount", -3L,
            "meetingAttendees", "全体", "meetingMinutes", "纪要")))
        .hasMessageContaining("参会人数须为不小于 0 的整数");
    assertThat(meetings.findByCampaignId(campaign.getId())).isEmpty();

    drive.at("2017-07-10T10:00");
    drive.fireDueTimers();
    ProcessInstance ent = drive.unitInstance(campaign, enterprise);
    Task item = drive.itemTask(ent.getId(), "ImplementItemTask", "ENT-3");
    Map<String, Object> noPlace = new java.util.HashMap<>(itemRecord(LocalDate.of(2017, 7, 5)));
    noPlace.put("activityPlace", "  ");
    assertThatThrownBy(() -> drive.completeAs("u1", enterprise.groupId(), item, noPlace)).hasMessageContaining("请填写活动地点");
    Map<String, Object> future = new java.util.HashMap<>(itemRecord(LocalDate.of(2017, 7, 11)));
    assertThatThrownBy(() -> drive.completeAs("u1", enterprise.groupId(), item, future))
        .hasMessageContaining("开展日期须在 2017-07-01 至 2017-07-10 之间");
    Map<String, Object> badTheme = new java.util.HashMap<>(itemRecord(LocalDate.of(2017, 7, 5)));
    badTheme.put("activityThemes", "T9");
    assertThatThrownBy(() -> drive.completeAs("u1", enterprise.groupId(), item, badTheme))
        .hasMessageContaining("未知的宣传主题");
    assertThat(engine.getTaskService().createTaskQuery().taskId(item.getId()).count()).isEqualTo(1);
    assertThat(progress.findByCampaignIdAndUnitIdAndStateNot(campaign.getId(), enterprise.getId(), ProgressState.OPEN))
        .isEmpty();
    drive.completeAs("u1", enterprise.groupId(), item, itemRecord(LocalDate.of(2017, 7, 5)));
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, drive.itemTask(ent.getId(), "ReviewItemTask", "ENT-3"),
        Map.of("reviewApproved", false)))
        .hasMessageContaining("请填写退回原因");
  }

  /** Phase dates out of order refuse the whole campaign: no campaign row, no checklist, no process. */
  @Test
  void campaign_with_phase_dates_out_of_order_is_refused_whole() {
    drive.unit("ENTERPRISE");
    long before = campaignRepository.count();
    long processes = engine.getRuntimeService().createProcessInstanceQuery().count();
    assertThatThrownBy(() -> campaigns.define(new CampaignRequest(null, null, "错误活动", null,
        LocalDate.of(2017, 6, 1), LocalDate.of(2017, 7, 15), LocalDate.of(2017, 7, 1), LocalDate.of(2017, 12, 31),
        LocalDate.of(2018, 1, 1), LocalDate.of(2018, 12, 31)), "office"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("组织实施阶段须在部署发动阶段结束之后开始");
    assertThatThrownBy(() -> campaigns.define(new CampaignRequest("no-such-template", null, null, null,
        null, null, null, null, null, null), "office"))
        .hasMessageContaining("未找到活动模板");
    assertThat(campaignRepository.count()).isEqualTo(before);
    assertThat(jdbc.queryForObject("select count(*) from checklist_item where campaign_id not in (select id from campaign)",
        Long.class)).isZero();
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().count()).isEqualTo(processes);
  }

  /** Timers are jobs in the database with the Shanghai instants as due dates, whatever the JVM's zone. */
  @Test
  void phase_timers_are_due_at_shanghai_midnight() {
    drive.unit("ORGAN");
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(mainInstance(campaign), LocalDate.of(2017, 6, 1));
    Job phase2 = engine.getManagementService().createJobQuery().processInstanceId(campaign.getProcessInstanceId())
        .activityId("Phase2Started").singleResult();
    assertThat(phase2.getDuedate().toInstant()).hasToString("2017-06-30T16:00:00Z");
  }

  private Campaign runningInPhase2() {
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(mainInstance(campaign), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    drive.at("2017-07-10T10:00");
    return campaigns.byId(campaign.getId());
  }

  private ProcessInstance mainInstance(Campaign campaign) {
    return engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult();
  }

  /** The office adds a checklist item before the start, as POST /api/campaigns/{id}/checklist-items does. */
  private void addItem(Campaign campaign, String venue, String code) {
    checklist.add(campaign.getId(),
        new cn.qijin.checklist.ChecklistItemRequest(venue, code, "测试检查项" + code, null, "T5"));
  }
}
