package cn.qijin.supervision;

import static cn.qijin.support.CampaignDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.qijin.notification.internal.Notification;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.supervision.internal.NoticeAcknowledgement;
import cn.qijin.supervision.internal.SupervisionRound;
import cn.qijin.supervision.internal.SupervisionRoundRepository;
import cn.qijin.supervision.internal.NoticeAcknowledgementRepository;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.notification.internal.NotificationRepository;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.ObligationService;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.H2Only;
import cn.qijin.support.WebTestUsers;
import java.io.ByteArrayInputStream;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.apache.poi.xwpf.usermodel.XWPFDocument;
import org.springframework.boot.test.web.client.TestRestTemplate;
import org.springframework.http.ResponseEntity;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import cn.qijin.kernel.Venue;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
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
 * ORG-2, ORG-1, PH-2: the quarterly supervision on every path, over a campaign with known answers for 2017Q3
 * (default template, PH-2 from 2017-07-01): enterprise A fulfils ENT-5 on time with one photo, enterprise B lets it
 * lapse (黄色预警 on 2017-10-01), the organ is exempted, the rural unit has no obligation but gets one checklist item
 * accepted. The schedule opens the round on 2017-10-07 09:00 Asia/Shanghai (7 days after the quarter).
 */
abstract class SupervisionScenarios {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;
  @Autowired ObligationService obligationService;
  @Autowired NotificationRepository notifications;
  @Autowired SupervisionRoundRepository rounds;
  @Autowired NoticeAcknowledgementRepository acknowledgements;
  @Autowired SupervisionRounds roundReader;
  @Autowired SupervisionStarter starter;
  @Autowired QuarterAggregator aggregator;
  @Autowired TestRestTemplate http;

  CampaignDriver drive;
  Unit enterpriseA;
  Unit enterpriseB;
  Unit organ;
  Unit school;
  Campaign campaign;

  @BeforeEach
  void campaignWithAKnownThirdQuarter() {
    init(engine);
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    enterpriseA = drive.unit("ENTERPRISE");
    enterpriseB = drive.unit("ENTERPRISE");
    organ = drive.unit("ORGAN");
    school = drive.unit("RURAL");
    campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    stepTo("2017-07-01T00:00");

    stepTo("2017-08-10T10:00");
    ObligationEntity a = obligation(enterpriseA);
    drive.completeAs("a1", enterpriseA.groupId(), drive.task(a.getProcessInstanceId(), "RecordSessionTask"),
        CampaignDriver.sessionRecord("2017-08-09"));
    drive.completeAs("office", Roles.OFFICE, drive.task(a.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", true));
    drive.as("office", Roles.OFFICE, () -> obligationService.exempt(obligation(organ).getId(), "机关搬迁，本季度豁免"));
    ProcessInstance schoolProcess = drive.unitInstance(campaign, school);
    Task item = drive.tasks(schoolProcess.getId(), "ImplementItemTask").get(0);
    drive.completeAs("s1", school.groupId(), item, CampaignDriver.itemRecord(LocalDate.of(2017, 8, 10)));
    drive.completeAs("office", Roles.OFFICE, drive.tasks(schoolProcess.getId(), "ReviewItemTask").get(0),
        CampaignDriver.accept());
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** ORG-2: the schedule opens the round 7 days after the quarter at 09:00 Shanghai, once, and then 3 months on. */
  @Test
  void the_schedule_starts_the_round_on_the_seventh_day_after_the_quarter_and_repeats_quarterly() {
    Job schedule = scheduleJob();
    engine.getManagementService().recalculateJobDuedate(schedule.getId(), false);
    assertThat(scheduleJob().getDuedate()).isEqualTo(shanghai("2017-10-07T09:00"));

    stepTo("2017-10-07T08:59");
    assertThat(round()).isNull();
    stepTo("2017-10-07T09:00");
    assertThat(round()).as("each campaign's round is opened in its own job").isNull();
    runScheduledStarts();
    SupervisionRound round = round();
    assertThat(round).isNotNull();
    assertThat(round.getQuarterCode()).isEqualTo("2017Q3");
    assertThat(round.getStartedBy()).isEqualTo("system");
    assertThat(scheduleJob().getDuedate()).isEqualTo(shanghai("2018-01-07T09:00"));
    Task draft = drive.task(round.getProcessInstanceId(), "DraftNoticeTask");
    assertThat(draft).hasCandidateGroup(Roles.OFFICE);
    assertThat(draft.getName()).isEqualTo("梳理情况并起草通报：2017年第三季度");
    assertThat(draft.getDueDate()).isEqualTo(CampaignDriver.shanghai("2017-10-17T23:59:59"));

    // the office may not start the same quarter again; the next quarter is not over yet
    assertThatThrownBy(() -> starter.startByOffice(campaign, "2017Q3", "office"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("已经启动");
    assertThatThrownBy(() -> starter.startByOffice(campaign, "2017Q4", "office"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("尚未结束");
    assertThatThrownBy(() -> starter.startByOffice(campaign, "2019Q1", "office"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不在活动");

    // the office catches up on 2017Q4 before the schedule's day: the schedule leaves that round alone
    stepTo("2018-01-02T10:00");
    SupervisionRound byOffice = starter.startByOffice(campaign, "2017Q4", "office");
    stepTo("2018-01-07T09:00");
    runScheduledStarts();
    assertThat(rounds.findByCampaignIdAndQuarterCode(campaign.getId(), "2017Q4").orElseThrow().getId())
        .isEqualTo(byOffice.getId());
    assertThat(rounds.findByCampaignIdAndQuarterCode(campaign.getId(), "2017Q4").orElseThrow().getStartedBy())
        .isEqualTo("office");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceBusinessKey("supervision-" + campaign.getId() + "-2017Q4").count()).isEqualTo(1);
    assertThat(scheduleJob().getDuedate()).isEqualTo(shanghai("2018-04-07T09:00"));
  }

  /** The schedule's other path: no campaign covers the quarter just ended (2017Q2, before PH-2) — nothing opens. */
  @Test
  @H2Only
  void the_schedule_opens_nothing_when_no_campaign_covers_the_quarter() {
    drive.at("2017-07-07T08:00");
    engine.getManagementService().recalculateJobDuedate(scheduleJob().getId(), false);
    assertThat(scheduleJob().getDuedate()).isEqualTo(shanghai("2017-07-07T09:00"));
    stepTo("2017-07-07T09:00");
    runScheduledStarts();
    var fired = engine.getHistoryService().createHistoricProcessInstanceQuery()
        .processDefinitionKey(SupervisionProcesses.SCHEDULE_PROCESS).finished()
        .startedAfter(shanghai("2017-07-07T08:59")).startedBefore(shanghai("2017-07-07T09:01")).list();
    assertThat(fired).hasSize(1);
    assertThat(engine.getHistoryService().createHistoricVariableInstanceQuery()
        .processInstanceId(fired.get(0).getId()).variableName("quarterCode").singleResult().getValue())
        .isEqualTo("2017Q2");
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery().processInstanceId(fired.get(0).getId())
        .activityId("SupervisionsStarted").count()).isEqualTo(1);
    assertThat(rounds.findAll()).noneMatch(r -> r.getQuarterCode().equals("2017Q2"));
  }

  /** ORG-2 汇总: counts per venue and unit and the ranking, as of the round's start. */
  @Test
  void the_aggregation_has_the_known_answers() {
    QuarterSummary s = aggregator.summarise(campaign.getId(), cn.qijin.kernel.Quarter.parse("2017Q3"));
    assertThat(s.quarterName()).isEqualTo("2017年第三季度");
    assertThat(s.venues()).extracting(VenueQuarterSummary::venue).containsExactly(Venue.values());
    VenueQuarterSummary enterprises = venue(s, Venue.ENTERPRISE);
    // before the due date B is pending, not overdue; ranking already puts A first (higher fulfilment)
    assertThat(enterprises.units()).extracting(UnitQuarterRow::unitCode)
        .containsExactly(enterpriseA.getCode(), enterpriseB.getCode());

    stepTo("2017-10-07T09:00");
    s = aggregator.summarise(campaign.getId(), cn.qijin.kernel.Quarter.parse("2017Q3"));
    enterprises = venue(s, Venue.ENTERPRISE);
    UnitQuarterRow a = enterprises.units().get(0);
    UnitQuarterRow b = enterprises.units().get(1);
    assertThat(a.unitCode()).isEqualTo(enterpriseA.getCode());
    assertThat(a.rankInVenue()).isEqualTo(1);
    assertThat(a.figures().onTime()).isEqualTo(1);
    assertThat(a.figures().overdue()).isZero();
    assertThat(a.figures().evidenceFiles()).isEqualTo(1);
    assertThat(b.rankInVenue()).isEqualTo(2);
    assertThat(b.figures().overdue()).isEqualTo(1);
    assertThat(b.figures().escalations()).isEqualTo(1);
    assertThat(b.maxEscalationName()).isEqualTo("黄色预警");
    assertThat(enterprises.totals().obligations()).isEqualTo(2);
    assertThat(enterprises.totals().fulfilmentRate()).isEqualTo(0.5);

    UnitQuarterRow o = venue(s, Venue.ORGAN).units().get(0);
    assertThat(o.figures().exempted()).isEqualTo(1);
    assertThat(o.figures().fulfilmentRate()).isEqualTo(1.0);
    UnitQuarterRow sc = venue(s, Venue.RURAL).units().get(0);
    assertThat(sc.figures().obligations()).isZero();
    assertThat(sc.figures().checklistAccepted()).isEqualTo(1);
    assertThat(sc.figures().checklistItems()).isGreaterThan(1);
    assertThat(sc.figures().evidenceFiles()).isEqualTo(1);
    assertThat(venue(s, Venue.FAMILY).units()).isEmpty();

    assertThat(s.totals().units()).isEqualTo(4);
    assertThat(s.totals().onTime()).isEqualTo(1);
    assertThat(s.totals().overdue()).isEqualTo(1);
    assertThat(s.totals().exempted()).isEqualTo(1);
    assertThat(s.totals().evidenceFiles()).isEqualTo(2);
    assertThat(s.matrix().quarters()).extracting(ComplianceMatrix.Column::code).containsExactly("2017Q3");
    assertThat(s.matrix().rows()).hasSize(3);
    assertThat(row(s, enterpriseA).cells()).containsEntry("2017Q3", "已履行");
    assertThat(row(s, enterpriseB).cells()).containsEntry("2017Q3", "已督办");
    assertThat(row(s, organ).cells()).containsEntry("2017Q3", "已豁免");

    assertThatThrownBy(() -> QuarterAggregator.quarterOf(campaign, "2017Q2"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageEndingWith("2017年第二季度不在活动“" + campaign.getName() + "”的督导范围内（2017年第三季度至2018年第四季度）");
    assertThatThrownBy(() -> QuarterAggregator.quarterOf(campaign, "2017-3"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("格式不正确");
  }

  /** The approved path: draft, approval, circulation, every unit signs on time, report upward, round complete. */
  @Test
  void approved_notice_is_circulated_acknowledged_and_reported() {
    SupervisionRound round = openRound();
    ProcessInstance process = process(round);
    assertThat(process).isWaitingAt("DraftNoticeTask");
    QuarterSummary snapshot = roundReader.summaryOf(rounds.findById(round.getId()).orElseThrow());
    assertThat(venue(snapshot, Venue.ENTERPRISE).units().get(1).figures().overdue()).isEqualTo(1);

    draft(round, notice(List.of(enterpriseA.getCode()), List.of(named(enterpriseB, "ENT-5 逾期未履行"))));
    assertThat(process).isWaitingAt("ApproveNoticeTask");
    assertThat(drive.task(process.getId(), "ApproveNoticeTask")).hasCandidateGroup(Roles.LEADERSHIP);
    assertThat(reload(round).getState()).isEqualTo(RoundState.AWAITING_APPROVAL);

    drive.at("2017-10-09T10:00");
    decide(round, true, null);
    SupervisionRound circulated = reload(round);
    assertThat(circulated.getState()).isEqualTo(RoundState.CIRCULATED);
    assertThat(circulated.getIssueDate()).isEqualTo(LocalDate.of(2017, 10, 9));
    assertThat(circulated.getApprovedBy()).isEqualTo("leader");
    List<Task> acks = drive.tasks(process.getId(), "AcknowledgeNoticeTask");
    assertThat(acks).hasSize(4);
    assertThat(acks).allSatisfy(t -> assertThat(t.getDueDate()).isEqualTo(shanghai("2017-10-14T23:59:59")));
    assertThat(notifications.findAll()).filteredOn(n -> n.getKind().equals("NOTICE")
        && n.getSubject().contains(circulated.getTitle())).hasSizeGreaterThanOrEqualTo(4);
    assertThat(drive.task(process.getId(), "ReportUpwardTask")).hasCandidateGroup(Roles.OFFICE);

    for (Unit unit : List.of(enterpriseA, enterpriseB, organ, school)) {
      acknowledge(process, unit, "已组织学习");
    }
    assertThat(acknowledgements.findByRoundIdOrderByIdAsc(round.getId()))
        .allSatisfy(a -> assertThat(a.isLate()).isFalse())
        .allSatisfy(a -> assertThat(a.getComment()).isEqualTo("已组织学习"));
    assertThat(process).isWaitingAt("ReportUpwardTask");

    assertThatThrownBy(() -> report(process, "2017-10-08"))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能早于通报印发日期 2017-10-09");
    report(process, "2017-10-09");
    assertThat(process).isEnded().hasPassed("CirculateNotice", "CloseRound", "SupervisionCompleted")
        .hasNotPassed("RemindAcknowledgement");
    SupervisionRound done = reload(round);
    assertThat(done.getState()).isEqualTo(RoundState.COMPLETED);
    assertThat(done.getReportedTo()).isEqualTo("区人民政府安全生产委员会办公室");
    assertThat(done.getReportedOn()).isEqualTo(LocalDate.of(2017, 10, 9));
    assertThat(done.getReportMethod()).isEqualTo("公文交换");
    assertThat(done.getReportedBy()).isEqualTo("office");
  }

  /** ORG-1: the leadership group returns the draft; the office revises it; bad drafts are refused. */
  @Test
  @H2Only
  void returned_notice_is_revised_and_bad_drafts_are_refused() {
    SupervisionRound round = openRound();
    ProcessInstance process = process(round);
    Task draftTask = drive.task(process.getId(), "DraftNoticeTask");
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, draftTask,
        Map.of("noticeJson", notice(List.of("NOPE"), List.of()))))
        .isInstanceOf(InvalidInputException.class).hasMessageEndingWith("表扬名单中的单位编码“NOPE”不是本季度的参与单位");
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, draftTask,
        Map.of("noticeJson", notice(List.of(enterpriseB.getCode()), List.of(named(enterpriseB, "逾期"))))))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("不能既受表扬又被点名");
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, draftTask, Map.of("noticeJson", "{")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("通报内容格式不正确，请刷新页面后重新填写");
    assertThat(process).isWaitingAt("DraftNoticeTask");
    assertThat(reload(round).getDraftedAt()).isNull();

    draft(round, notice(List.of(), List.of()));
    assertThatThrownBy(() -> decide(round, false, null))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写退回修改意见");
    assertThat(drive.task(process.getId(), "ApproveNoticeTask").getDueDate())
        .isEqualTo(shanghai("2017-10-12T23:59:59"));
    drive.at("2017-10-09T10:00");
    decide(round, false, "请点名逾期单位");
    assertThat(process).isWaitingAt("DraftNoticeTask");
    // the redraft is due 10 days after the return; the opinion lives on the round, not in a variable units could read
    assertThat(drive.task(process.getId(), "DraftNoticeTask").getDueDate()).isEqualTo(shanghai("2017-10-19T23:59:59"));
    assertThat(engine.getRuntimeService().getVariable(process.getId(), "leadershipOpinion")).isNull();
    SupervisionRound returned = reload(round);
    assertThat(returned.getState()).isEqualTo(RoundState.RETURNED);
    assertThat(returned.getReturnCount()).isEqualTo(1);
    assertThat(returned.getLeadershipOpinion()).isEqualTo("请点名逾期单位");

    draft(round, notice(List.of(enterpriseA.getCode()), List.of(named(enterpriseB, "ENT-5 逾期未履行，已黄色预警"))));
    decide(round, true, "同意印发");
    assertThat(process).isWaitingAt("AcknowledgeNoticeTask", "ReportUpwardTask").hasPassed("CirculateNotice");
    assertThat(roundReader.byId(round.getId()).getNamedJson()).contains(enterpriseB.getCode(), "已黄色预警");
  }

  /**
   * ORG-2 (issue 11, point 10): the 通报 tells the state when the leadership group approves it. Enterprise B's
   * session, submitted after the due date and accepted after the draft, is circulated as 逾期履行 — in the named
   * reason and the figures the system wrote, the ranking, the workbook and its matrix — never as 逾期未履行, and the
   * notice says as of when. The approval form told the leadership group what changed since the draft.
   */
  @Test
  @H2Only
  void org2_a_late_session_accepted_after_the_draft_is_circulated_as_fulfilled_late() throws Exception {
    WebTestUsers.ensure(engine.getIdentityService(), "leadersv", Roles.LEADERSHIP);
    TestRestTemplate leadership = http.withBasicAuth("leadersv", WebTestUsers.PASSWORD);
    SupervisionRound round = openRound();
    NoticeProposal proposal = NoticeDrafts.propose(roundReader.summaryOf(round), LocalDate.of(2017, 10, 7), 5);
    assertThat(proposal.named()).extracting(NoticeProposal.Named::unitCode).containsExactly(enterpriseB.getCode());
    assertThat(proposal.named().get(0).reason()).startsWith("季度任务逾期未履行 1 项");
    draft(round, new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(proposal));

    Map<?, ?> before = leadership.getForObject("/api/supervisions/" + round.getId(), Map.class);
    assertThat((List<?>) ((Map<?, ?>) before.get("sinceDraft")).get("changes")).isEmpty();
    fulfilLate(enterpriseB, "2017-10-08T10:00");
    Map<?, ?> sinceDraft = (Map<?, ?>) leadership.getForObject("/api/supervisions/" + round.getId(), Map.class)
        .get("sinceDraft");
    assertThat((List<String>) sinceDraft.get("changes")).contains(
        enterpriseB.getName() + "：起草时逾期未履行 1 项，现为逾期履行 1 项");
    assertThat((List<?>) sinceDraft.get("conflicts")).isEmpty();

    drive.at("2017-10-09T10:00");
    decide(round, true, null);
    SupervisionRound circulated = reload(round);
    assertThat(circulated.getState()).isEqualTo(RoundState.CIRCULATED);
    assertThat(circulated.getSummarisedAt()).isEqualTo(shanghai("2017-10-09T10:00").toInstant());
    UnitQuarterRow b = venue(roundReader.summaryOf(circulated), Venue.ENTERPRISE).units().stream()
        .filter(r -> r.unitCode().equals(enterpriseB.getCode())).findFirst().orElseThrow();
    assertThat(b.figures().late()).isEqualTo(1);
    assertThat(b.figures().overdue()).isZero();
    assertThat(circulated.getNamedJson()).contains("季度任务逾期履行 1 项").doesNotContain("未履行");
    assertThat(circulated.getBody()).contains("按时履行 1 项、逾期履行 1 项、逾期未履行 0 项、豁免 1 项，季度任务完成率 100.0%");

    WebTestUsers.ensure(engine.getIdentityService(), enterpriseB.getCode().toLowerCase(), enterpriseB.groupId());
    TestRestTemplate unitB = http.withBasicAuth(enterpriseB.getCode().toLowerCase(), WebTestUsers.PASSWORD);
    ResponseEntity<byte[]> docx = unitB.getForEntity("/api/supervisions/" + round.getId() + "/notice.docx", byte[].class);
    try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
      String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
      assertThat(text).contains(enterpriseB.getName() + "：季度任务逾期履行 1 项。", "逾期履行 1 项、逾期未履行 0 项",
          "统计截至：2017年10月9日 10:00（北京时间）").doesNotContain("逾期未履行 1 项");
      List<String> rankingOfB = document.getTables().stream().flatMap(t -> t.getRows().stream())
          .map(r -> r.getTableCells().stream().map(c -> c.getText().trim()).toList())
          .filter(cells -> cells.contains(enterpriseB.getName())).findFirst().orElseThrow();
      // escalations reached by the approval (黄色预警, then 橙色督办 a week later) stay counted
      assertThat(rankingOfB).containsExactly("2", enterpriseB.getName(), "100.0%", "0",
          String.valueOf(b.figures().escalations()));
      assertThat(b.figures().escalations()).isGreaterThanOrEqualTo(1);
    }
    ResponseEntity<byte[]> xlsx = leadership.getForEntity("/api/supervisions/" + round.getId() + "/summary.xlsx",
        byte[].class);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      var sheet = workbook.getSheet("企业");
      Map<String, Integer> column = headerColumns(sheet.getRow(1));
      var rowB = rowOf(sheet, enterpriseB.getCode());
      assertThat(rowB.getCell(column.get("逾期履行")).getNumericCellValue()).isEqualTo(1);
      assertThat(rowB.getCell(column.get("逾期未履行")).getNumericCellValue()).isZero();
      assertThat(cellsOf(workbook.getSheet("汇总"))).contains("2017年10月9日 10:00（北京时间）");
      var matrix = workbook.getSheet("单位×季度矩阵");
      List<String> rowOfB = new java.util.ArrayList<>();
      rowOf(matrix, enterpriseB.getCode()).forEach(cell -> rowOfB.add(cell.toString()));
      assertThat(rowOfB).contains("逾期履行").doesNotContain("已督办", "已逾期");
    }
  }

  /**
   * ORG-2 (issue 11, point 10): words the office wrote itself are not rewritten; a reason that no longer holds
   * (enterprise B named as 逾期未履行, since fulfilled late) cannot be approved — the leadership group is told why
   * and returns it; the revised notice is approved.
   */
  @Test
  @H2Only
  void org2_an_office_written_reason_that_no_longer_holds_is_returned_not_circulated() {
    SupervisionRound round = openRound();
    ProcessInstance process = process(round);
    draft(round, notice(List.of(enterpriseA.getCode()), List.of(named(enterpriseB, "ENT-5 逾期未履行，已黄色预警"))));
    fulfilLate(enterpriseB, "2017-10-08T10:00");

    drive.at("2017-10-09T10:00");
    assertThatThrownBy(() -> decide(round, true, null)).isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("通报起草后情况已变化，以下内容与现在的情况不符，不能印发，请选择“退回修改”")
        .hasMessageContaining("对“" + enterpriseB.getName() + "”的点名原因（ENT-5 逾期未履行，已黄色预警）由办公室撰写，"
            + "起草后该单位情况已变化：现为逾期履行 1 项");
    assertThat(process).isWaitingAt("ApproveNoticeTask");
    SupervisionRound waiting = reload(round);
    assertThat(waiting.getState()).isEqualTo(RoundState.AWAITING_APPROVAL);
    assertThat(waiting.getApprovedAt()).isNull();
    assertThat(waiting.getNamedJson()).contains("ENT-5 逾期未履行，已黄色预警");

    decide(round, false, "该单位已逾期履行，请改正点名原因");
    // the office redrafts on the state at the return
    assertThat(venue(roundReader.summaryOf(reload(round)), Venue.ENTERPRISE).units()).filteredOn(
        r -> r.unitCode().equals(enterpriseB.getCode())).singleElement().satisfies(r -> assertThat(r.figures().late())
        .isEqualTo(1));
    draft(round, notice(List.of(enterpriseA.getCode()), List.of(named(enterpriseB, "ENT-5 逾期履行，经黄色预警后完成"))));
    decide(round, true, null);
    assertThat(process).isWaitingAt("AcknowledgeNoticeTask", "ReportUpwardTask");
    assertThat(reload(round).getNamedJson()).contains("ENT-5 逾期履行，经黄色预警后完成");
  }

  /** The unit submits its session after the due date and the office accepts it: 逾期履行 (REC-2). */
  private void fulfilLate(Unit unit, String when) {
    stepTo(when);
    ObligationEntity o = obligation(unit);
    drive.completeAs("u-" + unit.getCode(), unit.groupId(), drive.task(o.getProcessInstanceId(), "RecordSessionTask"),
        CampaignDriver.sessionRecord("2017-09-28"));
    drive.completeAs("office", Roles.OFFICE, drive.task(o.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", true));
    assertThat(obligation(unit).getStatus()).isEqualTo(cn.qijin.obligation.ObligationStatus.FULFILLED_LATE);
  }

  /** The campaign ended (final summary approved) before its last quarter's supervision: the round still opens. */
  @Test
  @H2Only
  void a_campaign_that_ended_still_gets_the_supervision_of_its_quarters() {
    drive.at("2017-10-07T09:00");
    jdbc.update("update campaign set status = 'ENDED' where id = ?", campaign.getId());
    SupervisionRound round = starter.startByOffice(campaigns.byId(campaign.getId()), "2017Q3", "office");
    assertThat(process(round)).isWaitingAt("DraftNoticeTask");
  }

  /** A unit that does not sign is reminded on the due day and every 2 days (the office copied once late); it signs late. */
  @Test
  @H2Only
  void late_acknowledgement_is_reminded_and_recorded_late() {
    SupervisionRound round = openRound();
    ProcessInstance process = process(round);
    draft(round, notice(List.of(), List.of()));
    drive.at("2017-10-09T10:00");
    decide(round, true, null);
    for (Unit unit : List.of(enterpriseA, organ, school)) {
      acknowledge(process, unit, null);
    }
    report(process, "2017-10-09");
    assertThat(process).isWaitingAt("AcknowledgeNoticeTask");

    stepTo("2017-10-14T08:59");
    assertThat(ackReminders(round)).isEmpty();
    stepTo("2017-10-14T09:00");
    assertThat(ackReminders(round)).hasSize(1);
    stepTo("2017-10-16T09:00");
    List<Notification> reminders = ackReminders(round);
    assertThat(reminders).hasSize(2);
    assertThat(reminders.get(reminders.size() - 1).getBody()).contains("已逾期 2 天");
    stepTo("2017-10-30T09:00");
    assertThat(acknowledgements.findByRoundIdAndUnitId(round.getId(), enterpriseB.getId()).orElseThrow()
        .getRemindersSent()).isEqualTo(3);

    acknowledge(process, enterpriseB, "逾期签收，已整改");
    NoticeAcknowledgement late = acknowledgements.findByRoundIdAndUnitId(round.getId(), enterpriseB.getId()).orElseThrow();
    assertThat(late.isLate()).isTrue();
    assertThat(late.getAcknowledgedBy()).isEqualTo("u-" + enterpriseB.getCode());
    assertThat(process).isEnded().hasPassed("RemindAcknowledgement", "SupervisionCompleted");
    assertThat(reload(round).getState()).isEqualTo(RoundState.COMPLETED);
  }

  /** The REST API and the documents: the Excel and Word files hold the round's numbers; bad input gets a Chinese 4xx. */
  @Test
  void documents_and_api_hold_the_known_numbers_and_refuse_bad_input() throws Exception {
    WebTestUsers.ensure(engine.getIdentityService(), "officesv", Roles.OFFICE);
    WebTestUsers.ensure(engine.getIdentityService(), enterpriseA.getCode().toLowerCase(), enterpriseA.groupId());
    TestRestTemplate office = http.withBasicAuth("officesv", WebTestUsers.PASSWORD);
    TestRestTemplate unitA = http.withBasicAuth(enterpriseA.getCode().toLowerCase(), WebTestUsers.PASSWORD);
    stepTo("2017-10-07T09:00");
    String base = "/api/campaigns/" + campaign.getId();

    ResponseEntity<Map> started = office.postForEntity(base + "/supervisions", Map.of("quarter", "2017Q3"), Map.class);
    assertThat(started.getStatusCode().value()).isEqualTo(201);
    Long roundId = ((Number) started.getBody().get("id")).longValue();
    assertThat(started.getBody().get("stateName")).isEqualTo("已汇总，待起草通报");
    assertRefused(office.postForEntity(base + "/supervisions", Map.of("quarter", "2017Q3"), Map.class), 400, "已经启动");
    assertRefused(office.postForEntity(base + "/supervisions", Map.of("quarter", "2016Q1"), Map.class), 400,
        "2016年第一季度不在活动");
    assertRefused(unitA.postForEntity(base + "/supervisions", Map.of("quarter", "2017Q4"), Map.class), 403, "");
    assertRefused(office.getForEntity(base + "/quarters/2019Q1/summary.xlsx", Map.class), 400, "2019年第一季度不在活动");
    assertRefused(office.getForEntity(base + "/quarters/2017Q3/summary?unitCode=NOPE", Map.class), 404,
        "未找到编码为“NOPE”的单位");
    assertRefused(office.getForEntity("/api/campaigns/999999/quarters/2017Q3/summary", Map.class), 404, "未找到编号为 999999 的活动");
    assertRefused(unitA.getForEntity("/api/supervisions/" + roundId, Map.class), 403, "只能查看已印发给本单位的通报");
    assertRefused(office.getForEntity("/api/supervisions/" + roundId + "/notice.docx", Map.class), 400, "通报尚未起草");

    Map<?, ?> one = office.getForObject(base + "/quarters/2017Q3/summary?unitCode=" + enterpriseB.getCode(), Map.class);
    assertThat((List<?>) one.get("venues")).hasSize(1);
    assertThat(((Map<?, ?>) one.get("totals")).get("overdue")).isEqualTo(1);

    Map<?, ?> detail = office.getForObject("/api/supervisions/" + roundId, Map.class);
    Map<?, ?> proposal = (Map<?, ?>) detail.get("notice");
    assertThat(proposal.get("proposed")).isEqualTo(true);
    assertThat(proposal.get("commended")).isEqualTo(List.of(enterpriseA.getCode()));
    assertThat(proposal.get("title")).isEqualTo("关于2017年第三季度安全生产宣传教育“七进”活动开展情况的通报");
    assertThat((String) proposal.get("body")).contains("逾期未履行 1 项");

    SupervisionRound round = rounds.findById(roundId).orElseThrow();
    draft(round, notice(List.of(enterpriseA.getCode()), List.of(named(enterpriseB, "ENT-5 逾期未履行，已黄色预警"))));
    decide(round, true, "同意印发，对逾期单位的措辞可再斟酌");
    Map<?, ?> asUnit = unitA.getForObject("/api/supervisions/" + roundId, Map.class);
    assertThat(((Map<?, ?>) asUnit.get("notice")).get("title")).isEqualTo("关于2017年第三季度“七进”活动开展情况的通报");
    assertThat(((Map<?, ?>) asUnit.get("notice")).get("leadershipOpinion")).isNull();
    assertThat(asUnit.get("summary")).isNull();
    assertThat(asUnit.get("acknowledgements")).isEqualTo(List.of());
    assertThat(((Map<?, ?>) office.getForObject("/api/supervisions/" + roundId, Map.class).get("notice"))
        .get("leadershipOpinion")).isEqualTo("同意印发，对逾期单位的措辞可再斟酌");

    ResponseEntity<byte[]> xlsx = office.getForEntity("/api/supervisions/" + roundId + "/summary.xlsx", byte[].class);
    assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
    assertThat(xlsx.getHeaders().getFirst("Content-Disposition")).contains("attachment", ".xlsx");
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      var sheet = workbook.getSheet("企业");
      assertThat(sheet).isNotNull();
      assertThat(cellsOf(sheet)).containsSubsequence(enterpriseA.getName(), enterpriseB.getName());
      // the known numbers, found by the header row's names
      Map<String, Integer> column = headerColumns(sheet.getRow(1));
      var rowA = rowOf(sheet, enterpriseA.getCode());
      var rowB = rowOf(sheet, enterpriseB.getCode());
      assertThat(rowA.getCell(column.get("排名")).getNumericCellValue()).isEqualTo(1);
      assertThat(rowA.getCell(column.get("按时履行")).getNumericCellValue()).isEqualTo(1);
      assertThat(rowA.getCell(column.get("佐证材料数")).getNumericCellValue()).isEqualTo(1);
      assertThat(rowA.getCell(column.get("完成率")).getNumericCellValue()).isEqualTo(1.0);
      assertThat(rowB.getCell(column.get("排名")).getNumericCellValue()).isEqualTo(2);
      assertThat(rowB.getCell(column.get("逾期未履行")).getNumericCellValue()).isEqualTo(1);
      assertThat(rowB.getCell(column.get("督办次数")).getNumericCellValue()).isEqualTo(1);
      assertThat(rowB.getCell(column.get("完成率")).getNumericCellValue()).isEqualTo(0.0);
      assertThat(rowB.getCell(column.get("最高督办等级")).getStringCellValue()).isEqualTo("黄色预警");
      var rural = workbook.getSheet("农村");
      var rowC = rowOf(rural, school.getCode());
      assertThat(rowC.getCell(column.get("已销号")).getNumericCellValue()).isEqualTo(1);
      assertThat(rowC.getCell(column.get("完成率")).getStringCellValue()).isEqualTo("—");
      assertThat(workbook.getSheet("单位×季度矩阵")).isNotNull();
      assertThat(cellsOf(workbook.getSheet("单位×季度矩阵"))).contains("已履行", "已督办", "已豁免");
    }
    ResponseEntity<byte[]> docx = unitA.getForEntity("/api/supervisions/" + roundId + "/notice.docx", byte[].class);
    assertThat(docx.getStatusCode().value()).isEqualTo(200);
    try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
      // the attached ranking: enterprise B second, 0 % fulfilled, 1 overdue, 1 escalation
      List<String> rankingOfB = document.getTables().stream().flatMap(t -> t.getRows().stream())
          .map(r -> r.getTableCells().stream().map(c -> c.getText().trim()).toList())
          .filter(cells -> cells.contains(enterpriseB.getName())).findFirst().orElseThrow();
      assertThat(rankingOfB).containsExactly("2", enterpriseB.getName(), "0.0%", "1", "1");
      String text = new org.apache.poi.xwpf.extractor.XWPFWordExtractor(document).getText();
      assertThat(text).contains("七进办〔2017〕5号", "关于2017年第三季度“七进”活动开展情况的通报", enterpriseA.getName(),
          enterpriseB.getName(), "ENT-5 逾期未履行，已黄色预警", "2017年10月7日");
    }
    Integer exports = jdbc.queryForObject("select count(*) from audit_event where action in "
        + "('SUMMARY_EXPORTED','NOTICE_DOWNLOADED') and subject_id = ?", Integer.class, String.valueOf(roundId));
    assertThat(exports).isEqualTo(2);
  }

  /**
   * Issue 10: a body typed with line breaks (LF and CR LF) passes the draft, the approval and the circulation, and
   * the notice downloads with each line a paragraph; a notice stored before the drafting check, with a bare CR
   * and a control character, still downloads; at drafting, a control character and a line break in a one-line
   * field are refused in Chinese.
   */
  @Test
  @H2Only
  void notice_with_line_breaks_is_circulated_and_downloads() throws Exception {
    WebTestUsers.ensure(engine.getIdentityService(), enterpriseA.getCode().toLowerCase(), enterpriseA.groupId());
    TestRestTemplate unitA = http.withBasicAuth(enterpriseA.getCode().toLowerCase(), WebTestUsers.PASSWORD);
    SupervisionRound round = openRound();
    ProcessInstance process = process(round);
    String title = "关于2017年第三季度“七进”活动开展情况的通报";

    assertThatThrownBy(() -> draft(round, notice(title, "第一段\u0007响铃")))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("通报正文的第 4 个字符（U+0007）无法在通报中显示（多为从其他软件复制时带入的控制字符），请删除后重新提交");
    assertThatThrownBy(() -> draft(round, notice("关于第三季度\n的通报", "正文")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("通报标题不能换行，请写在一行内");
    assertThat(process).isWaitingAt("DraftNoticeTask");

    String body = "现将有关情况通报如下：\n一、总体情况良好。\r\n二、个别单位逾期。\n\n请各单位认真整改。";
    draft(round, notice(title, body));
    assertThat(reload(round).getBody()).isEqualTo(body);
    drive.at("2017-10-09T10:00");
    decide(round, true, null);
    assertThat(reload(round).getState()).isEqualTo(RoundState.CIRCULATED);

    assertThat(noticeParagraphs(unitA, round)).containsSubsequence("各参与单位：", "现将有关情况通报如下：",
        "一、总体情况良好。", "二、个别单位逾期。", "请各单位认真整改。");

    // a round circulated before the drafting check, its text with a bare CR and a control character
    jdbc.update("update supervision_round set body = ? where id = ?", "第一行\r第二行\u0007。", round.getId());
    assertThat(noticeParagraphs(unitA, round)).containsSubsequence("各参与单位：", "第一行", "第二行。");
  }

  /** Issue 10: a unit named like a formula stays text (quote-prefixed, unchanged) in the summary and audit exports. */
  @Test
  void unit_named_like_a_formula_stays_text_in_the_summary_and_audit_workbooks() throws Exception {
    WebTestUsers.ensure(engine.getIdentityService(), "officesv", Roles.OFFICE);
    TestRestTemplate office = http.withBasicAuth("officesv", WebTestUsers.PASSWORD);
    String name = "=HYPERLINK(\"http://x\",\"点我\")";
    Map<String, Object> request = new HashMap<>(Map.of("code", enterpriseA.getCode(), "name", name,
        "venue", "ENTERPRISE", "contactPerson", "联系人", "phone", "0632-0000000", "active", true));
    ResponseEntity<Map> renamed = office.exchange("/api/units/" + enterpriseA.getCode(),
        org.springframework.http.HttpMethod.PUT, new org.springframework.http.HttpEntity<>(request), Map.class);
    assertThat(renamed.getStatusCode().value()).isEqualTo(200);
    stepTo("2017-10-07T09:00");

    ResponseEntity<byte[]> xlsx = office.getForEntity("/api/campaigns/" + campaign.getId()
        + "/quarters/2017Q3/summary.xlsx", byte[].class);
    assertThat(xlsx.getStatusCode().value()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(xlsx.getBody()))) {
      assertQuotedText(cellOf(workbook.getSheet("企业"), name), name);
      assertQuotedText(cellOf(workbook.getSheet("单位×季度矩阵"), name), name);
    }
    ResponseEntity<byte[]> audit = office.getForEntity("/api/audit/export.xlsx?unitCode=" + enterpriseA.getCode(),
        byte[].class);
    assertThat(audit.getStatusCode().value()).isEqualTo(200);
    try (var workbook = new XSSFWorkbook(new ByteArrayInputStream(audit.getBody()))) {
      assertQuotedText(cellOf(workbook.getSheet("审计记录"), name + "，企业"), name + "，企业");
    }
  }

  private List<String> noticeParagraphs(TestRestTemplate user, SupervisionRound round) throws Exception {
    ResponseEntity<byte[]> docx = user.getForEntity("/api/supervisions/" + round.getId() + "/notice.docx", byte[].class);
    assertThat(docx.getStatusCode().value()).isEqualTo(200);
    try (var document = new XWPFDocument(new ByteArrayInputStream(docx.getBody()))) {
      return document.getParagraphs().stream().map(p -> p.getText()).toList();
    }
  }

  private static org.apache.poi.ss.usermodel.Cell cellOf(org.apache.poi.ss.usermodel.Sheet sheet, String text) {
    for (var row : sheet) {
      for (var cell : row) {
        if (cell.getCellType() == org.apache.poi.ss.usermodel.CellType.STRING && text.equals(cell.getStringCellValue())) {
          return cell;
        }
      }
    }
    throw new AssertionError("no cell “" + text + "” in sheet " + sheet.getSheetName());
  }

  private static void assertQuotedText(org.apache.poi.ss.usermodel.Cell cell, String value) {
    assertThat(cell.getCellType()).isEqualTo(org.apache.poi.ss.usermodel.CellType.STRING);
    assertThat(cell.getStringCellValue()).isEqualTo(value);
    assertThat(cell.getCellStyle().getQuotePrefixed()).as("cell %s quote-prefixed", cell.getAddress()).isTrue();
  }

  private static Map<String, Integer> headerColumns(org.apache.poi.ss.usermodel.Row header) {
    Map<String, Integer> columns = new HashMap<>();
    header.forEach(cell -> columns.put(cell.toString(), cell.getColumnIndex()));
    return columns;
  }

  private static org.apache.poi.ss.usermodel.Row rowOf(org.apache.poi.ss.usermodel.Sheet sheet, String unitCode) {
    for (var row : sheet) {
      for (var cell : row) {
        if (unitCode.equals(cell.toString())) {
          return row;
        }
      }
    }
    throw new AssertionError("no row of " + unitCode + " in sheet " + sheet.getSheetName());
  }

  private static List<String> cellsOf(org.apache.poi.ss.usermodel.Sheet sheet) {
    List<String> cells = new java.util.ArrayList<>();
    sheet.forEach(row -> row.forEach(cell -> cells.add(cell.toString())));
    return cells;
  }

  private static void assertRefused(ResponseEntity<?> response, int status, String message) {
    assertThat(response.getStatusCode().value()).isEqualTo(status);
    if (!message.isEmpty()) {
      assertThat(String.valueOf(((Map<?, ?>) response.getBody()).get("message"))).contains(message);
    }
  }

  // --- helpers

  SupervisionRound openRound() {
    drive.at("2017-10-07T09:00");
    return starter.startByOffice(campaign, "2017Q3", "office");
  }

  void stepTo(String shanghaiTime) {
    drive.at(shanghaiTime);
    drive.fireDueTimers();
  }

  /** The schedule's per-campaign branches, which the job executor runs in production. */
  private void runScheduledStarts() {
    engine.getManagementService().createJobQuery().processDefinitionKey(SupervisionProcesses.SCHEDULE_PROCESS)
        .messages().list().forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  private Job scheduleJob() {
    return engine.getManagementService().createJobQuery()
        .processDefinitionKey(SupervisionProcesses.SCHEDULE_PROCESS).timers().singleResult();
  }

  private SupervisionRound round() {
    return rounds.findByCampaignIdAndQuarterCode(campaign.getId(), "2017Q3").orElse(null);
  }

  private SupervisionRound reload(SupervisionRound round) {
    return rounds.findById(round.getId()).orElseThrow();
  }

  private ProcessInstance process(SupervisionRound round) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(round.getProcessInstanceId())
        .singleResult();
  }

  private ObligationEntity obligation(Unit unit) {
    return obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), unit.getId()).stream()
        .filter(o -> o.getQuarterCode().equals("2017Q3")).findFirst().orElseThrow();
  }

  private static VenueQuarterSummary venue(QuarterSummary s, Venue venue) {
    return s.venues().stream().filter(v -> v.venue() == venue).findFirst().orElseThrow();
  }

  private static ComplianceMatrix.Row row(QuarterSummary s, Unit unit) {
    return s.matrix().rows().stream().filter(r -> r.unitCode().equals(unit.getCode())).findFirst().orElseThrow();
  }

  void draft(SupervisionRound round, String noticeJson) {
    drive.completeAs("office", Roles.OFFICE, drive.task(round.getProcessInstanceId(), "DraftNoticeTask"),
        Map.of("noticeJson", noticeJson));
  }

  void decide(SupervisionRound round, boolean approved, String opinion) {
    Map<String, Object> vars = new HashMap<>();
    vars.put("noticeApproved", approved);
    vars.put("leadershipOpinion", opinion);
    drive.completeAs("leader", Roles.LEADERSHIP, drive.task(round.getProcessInstanceId(), "ApproveNoticeTask"), vars);
  }

  void acknowledge(ProcessInstance process, Unit unit, String comment) {
    Task task = drive.tasks(process.getId(), "AcknowledgeNoticeTask").stream()
        .filter(t -> unit.getCode().equals(engine.getTaskService().getVariable(t.getId(), "unitCode")))
        .findFirst().orElseThrow();
    assertThat(task).hasCandidateGroup(unit.groupId());
    Map<String, Object> vars = new HashMap<>();
    vars.put("acknowledged", true);
    vars.put("acknowledgementComment", comment);
    drive.completeAs("u-" + unit.getCode(), unit.groupId(), task, vars);
    // the branch goes on asynchronously after the task (the job executor's part in production)
    engine.getManagementService().createJobQuery().processInstanceId(process.getId()).messages().list()
        .forEach(job -> engine.getManagementService().executeJob(job.getId()));
  }

  void report(ProcessInstance process, String date) {
    drive.completeAs("office", Roles.OFFICE, drive.task(process.getId(), "ReportUpwardTask"),
        Map.of("reportedTo", "区人民政府安全生产委员会办公室", "reportedOn", date, "reportMethod", "公文交换",
            "reportNumber", "七进办〔2017〕5号"));
  }

  /** Reminders to enterprise B (its own address; the office's users have no e-mail in tests). */
  private List<Notification> ackReminders(SupervisionRound round) {
    return notifications.findAll().stream().filter(n -> n.getKind().equals("NOTICE_REMINDER"))
        .filter(n -> n.getSubject().equals("【签收提醒】" + enterpriseB.getName() + " " + reload(round).getTitle()))
        .toList();
  }

  static String notice(List<String> commended, List<String> named) {
    return "{\"documentNumber\":\"七进办〔2017〕5号\",\"title\":\"关于2017年第三季度“七进”活动开展情况的通报\","
        + "\"addressee\":\"各参与单位\",\"body\":\"现将有关情况通报如下。\","
        + "\"commended\":[" + String.join(",", commended.stream().map(c -> "\"" + c + "\"").toList()) + "],"
        + "\"named\":[" + String.join(",", named) + "]}";
  }

  /** A notice with the given title and body, written as the drafting form writes it (JSON-escaped). */
  static String notice(String title, String body) throws com.fasterxml.jackson.core.JsonProcessingException {
    return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(Map.of("documentNumber",
        "七进办〔2017〕5号", "title", title, "addressee", "各参与单位", "body", body, "commended", List.of(),
        "named", List.of()));
  }

  static String named(Unit unit, String reason) {
    return "{\"unitCode\":\"" + unit.getCode() + "\",\"reason\":\"" + reason + "\"}";
  }
}
