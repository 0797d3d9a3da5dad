package cn.qijin.obligation;

import cn.qijin.kernel.Quarter;
import static cn.qijin.support.CampaignDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.notification.internal.Notification;
import cn.qijin.notification.internal.NotificationRepository;
import cn.qijin.obligation.internal.EscalationRecordEntity;
import cn.qijin.obligation.internal.EscalationRecordRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.QijinSpringTest;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * COM-2 (经常性) and PUB-2 (定期) recur per month (issue 11 point 7): a campaign from the default template in PH-2
 * (2017-07-01 … 2018-12-31) with a community, a public place and an enterprise (quarterly ENT-5 beside them),
 * driven by the engine clock.
 */
@QijinSpringTest
class MonthlyObligationTest {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;
  @Autowired ObligationService obligationService;
  @Autowired ObligationPlanner planner;
  @Autowired NotificationRepository notifications;
  @Autowired EscalationRecordRepository escalations;
  @Autowired cn.qijin.supervision.QuarterAggregator aggregator;

  CampaignDriver drive;
  Unit community;
  Unit publicPlace;
  Unit enterprise;
  Campaign campaign;

  @BeforeEach
  void campaignInPhase2() {
    init(engine);
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    community = drive.unit("COMMUNITY");
    publicPlace = drive.unit("PUBLIC_PLACE");
    enterprise = drive.unit("ENTERPRISE");
    campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    stepTo("2017-07-01T00:00");
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  /** COM-2: one obligation per month from PH-2 to PH-3, each counted in its quarter, its task named by month. */
  @Test
  void COM_2_a_community_owes_one_obligation_per_month_named_by_month_and_due_on_its_last_day() {
    List<ObligationEntity> owed = owedBy(community);
    assertThat(owed).extracting(ObligationEntity::getPeriodCode).containsExactly("2017-07", "2017-08", "2017-09",
        "2017-10", "2017-11", "2017-12", "2018-01", "2018-02", "2018-03", "2018-04", "2018-05", "2018-06", "2018-07",
        "2018-08", "2018-09", "2018-10", "2018-11", "2018-12");
    ObligationEntity july = obligation(community, "2017-07");
    assertThat(july.getQuarterCode()).isEqualTo("2017Q3");
    assertThat(july.getPeriodStart()).isEqualTo(LocalDate.of(2017, 7, 1));
    assertThat(july.getPeriodEnd()).isEqualTo(LocalDate.of(2017, 7, 31));
    assertThat(obligation(community, "2018-02").getPeriodEnd()).isEqualTo(LocalDate.of(2018, 2, 28));
    assertThat(obligation(community, "2018-02").getQuarterCode()).isEqualTo("2018Q1");

    assertThat(process(july)).isWaitingAt("RecordSessionTask", "ReminderDue", "ObligationLapsed");
    assertThat(engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(july.getProcessInstanceId())
        .singleResult().getBusinessKey())
        .isEqualTo("campaign-" + campaign.getId() + "-" + community.getCode() + "-COM-2-2017-07");
    Task task = recordTask(july);
    assertThat(task.getName()).isEqualTo("月度任务 COM-2 2017年7月：每月在户外显示屏、广播等经常性播放安全常识");
    assertThat(task.getDueDate()).isEqualTo(shanghai("2017-07-31T23:59:59"));
    assertThat(task).hasCandidateGroup(community.groupId());
    assertThat(engine.getTaskService().getVariables(task.getId()))
        .containsEntry("periodCode", "2017-07").containsEntry("periodName", "2017年7月")
        .containsEntry("periodKind", "月度").containsEntry("quarterCode", "2017Q3")
        .containsEntry("quarterStart", "2017-07-01").containsEntry("quarterEnd", "2017-07-31");

    ObligationEntity august = obligation(community, "2017-08");
    assertThat(process(august)).isWaitingAt("QuarterStarted");
    stepTo("2017-08-01T00:00");
    assertThat(recordTask(august).getName()).isEqualTo("月度任务 COM-2 2017年8月：每月在户外显示屏、广播等经常性播放安全常识");
    assertThat(recordTask(august).getDueDate()).isEqualTo(shanghai("2017-08-31T23:59:59"));
    assertThat(owedBy(publicPlace)).hasSize(18).allMatch(o -> o.getPeriodCode().matches("\\d{4}-\\d{2}"));
  }

  /** PUB-2, REC-2: reminded 3 days before the month's last day and on it; the ladder starts the next day. */
  @Test
  void PUB_2_reminders_and_the_lapse_fall_on_the_months_dates() {
    ObligationEntity july = obligation(publicPlace, "2017-07");
    stepTo("2017-07-28T08:59");
    assertThat(kinds(july)).isEmpty();
    stepTo("2017-07-28T09:00");
    assertThat(kinds(july)).containsExactly("REMINDER");
    Notification reminder = notifications.findByObligationIdOrderByIdAsc(july.getId()).get(0);
    assertThat(reminder.getSubject()).isEqualTo("【月度任务提醒】" + publicPlace.getName() + " PUB-2 2017年7月");
    assertThat(reminder.getBody()).contains("您单位的月度任务“PUB-2 2017年7月：每月在电子显示屏等定期滚动播出安全生产知识”距到期日 2017-07-31 还有 3 天")
        .contains("在“月度任务”中记录2017年7月开展的活动");
    stepTo("2017-07-31T09:00");
    assertThat(kinds(july)).containsExactly("REMINDER", "REMINDER");
    stepTo("2017-07-31T23:59");
    assertThat(level(july)).isZero();

    stepTo("2017-08-01T00:00");
    assertThat(level(july)).isEqualTo(1);
    assertThat(escalations.findByObligationIdOrderByLevelAsc(july.getId())).extracting(EscalationRecordEntity::getLevelName)
        .containsExactly("黄色预警");
    Notification yellow = notifications.findByObligationIdOrderByIdAsc(july.getId()).stream()
        .filter(n -> n.getKind().equals("ESCALATION_1")).findFirst().orElseThrow();
    assertThat(yellow.getBody()).contains("未在到期日 2017-07-31 前完成月度任务“PUB-2 2017年7月：");
    assertThat(level(obligation(publicPlace, "2017-08"))).isZero();
    assertThat(kinds(obligation(publicPlace, "2017-08"))).isEmpty();
  }

  /** COM-2, REC-1: each month is fulfilled on its own, with a session held in that month. */
  @Test
  void COM_2_each_month_is_fulfilled_on_its_own_by_a_session_in_that_month() {
    ObligationEntity july = obligation(community, "2017-07");
    var julyProcess = process(july);
    stepTo("2017-07-20T10:00");
    assertThatThrownBy(() -> drive.completeAs("c1", community.groupId(), recordTask(july),
        CampaignDriver.sessionRecord("2017-06-30")))
        .hasMessageContaining("活动日期须在 2017-07-01 至 2017-07-20 之间");
    drive.completeAs("c1", community.groupId(), recordTask(july), CampaignDriver.sessionRecord("2017-07-18"));
    Task review = drive.task(july.getProcessInstanceId(), "ReviewSessionTask");
    assertThat(review.getName()).isEqualTo("审核月度活动 COM-2 2017年7月（" + community.getName() + "）");
    drive.completeAs("office", Roles.OFFICE, review, Map.of("sessionApproved", true));
    assertThat(obligations.findById(july.getId()).orElseThrow().getStatus()).isEqualTo(ObligationStatus.FULFILLED);
    assertThat(julyProcess).isEnded().hasPassed("ObligationFulfilled");

    ObligationEntity august = obligation(community, "2017-08");
    assertThat(obligations.findById(august.getId()).orElseThrow().getStatus()).isEqualTo(ObligationStatus.OPEN);
    stepTo("2017-08-03T10:00");
    // a July session does not fulfil August: its dates are August's
    assertThatThrownBy(() -> drive.completeAs("c1", community.groupId(), recordTask(august),
        CampaignDriver.sessionRecord("2017-07-25")))
        .hasMessageContaining("活动日期须在 2017-08-01 至 2017-08-03 之间");
    assertThat(obligations.findById(august.getId()).orElseThrow().getStatus()).isEqualTo(ObligationStatus.OPEN);
  }

  /** COM-2, PUB-2 in the matrix: one cell per month inside its quarter's column; quarterly rows unchanged (REC-1). */
  @Test
  void COM_2_PUB_2_the_matrix_shows_the_months_within_their_quarter_beside_quarterly_rows() {
    ObligationEntity july = obligation(community, "2017-07");
    stepTo("2017-07-20T10:00");
    drive.completeAs("c1", community.groupId(), recordTask(july), CampaignDriver.sessionRecord("2017-07-18"));
    drive.completeAs("office", Roles.OFFICE, drive.task(july.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", true));
    stepTo("2017-08-30T10:00");

    var matrix = as("office", Roles.OFFICE, () -> obligationService.matrix(campaign.getId()));
    assertThat(matrix.quarters()).extracting(ObligationService.QuarterColumn::code)
        .containsExactly("2017Q3", "2017Q4", "2018Q1", "2018Q2", "2018Q3", "2018Q4");
    var com = row(matrix, community);
    assertThat(com.recurrence()).isEqualTo("MONTH");
    assertThat(com.recurrenceName()).isEqualTo("月度");
    assertThat(com.quarters()).isEmpty();
    assertThat(com.months().keySet()).containsExactly("2017Q3", "2017Q4", "2018Q1", "2018Q2", "2018Q3", "2018Q4");
    assertThat(com.months().get("2017Q3")).extracting(ObligationView::period, ObligationView::periodName,
        ObligationView::state, ObligationView::dueDate).containsExactly(
        org.assertj.core.groups.Tuple.tuple("2017-07", "2017年7月", "FULFILLED", LocalDate.of(2017, 7, 31)),
        org.assertj.core.groups.Tuple.tuple("2017-08", "2017年8月", "DUE_SOON", LocalDate.of(2017, 8, 31)),
        org.assertj.core.groups.Tuple.tuple("2017-09", "2017年9月", "NOT_STARTED", LocalDate.of(2017, 9, 30)));
    assertThat(row(matrix, publicPlace).months().get("2017Q3")).extracting(ObligationView::state)
        .containsExactly("ESCALATED", "DUE_SOON", "NOT_STARTED");
    assertThat(row(matrix, publicPlace).inQuarter("2017Q3")).hasSize(3);

    var ent = row(matrix, enterprise);
    assertThat(ent.recurrence()).isEqualTo("QUARTER");
    assertThat(ent.months()).isEmpty();
    assertThat(ent.quarters()).hasSize(6);
    assertThat(ent.quarters().get("2017Q3")).extracting(ObligationView::period, ObligationView::periodName,
        ObligationView::state).containsExactly("2017Q3", "2017年第三季度", "OPEN");
    assertThat(owedBy(enterprise)).extracting(ObligationEntity::getPeriodCode)
        .containsExactly("2017Q3", "2017Q4", "2018Q1", "2018Q2", "2018Q3", "2018Q4");
    assertThat(recordTask(obligation(enterprise, "2017Q3")).getName())
        .isEqualTo("季度任务 ENT-5 2017年第三季度：每季度至少一次事故警示教育并开展事故案例分析");

    // the quarterly supervision counts each month in its quarter; its workbook matrix lists the months in one cell
    var summary = aggregator.summarise(campaign.getId(), Quarter.parse("2017Q3"));
    var communityRow = summary.venues().stream().flatMap(v -> v.units().stream())
        .filter(r -> r.unitCode().equals(community.getCode())).findFirst().orElseThrow();
    assertThat(communityRow.figures().obligations()).isEqualTo(3);
    assertThat(communityRow.figures().onTime()).isEqualTo(1);
    assertThat(summary.matrix().rows().stream().filter(r -> r.unitCode().equals(community.getCode())).findFirst()
        .orElseThrow().cells()).containsEntry("2017Q3", "7月 已履行；8月 即将到期；9月 未开始");
  }

  private static ObligationService.MatrixRow row(ObligationService.Matrix matrix, Unit unit) {
    return matrix.rows().stream().filter(r -> r.unitCode().equals(unit.getCode())).findFirst().orElseThrow();
  }

  private void stepTo(String shanghaiTime) {
    drive.at(shanghaiTime);
    drive.fireDueTimers();
  }

  private List<ObligationEntity> owedBy(Unit unit) {
    return obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), unit.getId());
  }

  private ObligationEntity obligation(Unit unit, String periodCode) {
    return owedBy(unit).stream().filter(o -> o.getPeriodCode().equals(periodCode)).findFirst().orElseThrow();
  }

  private org.camunda.bpm.engine.runtime.ProcessInstance process(ObligationEntity o) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(o.getProcessInstanceId())
        .singleResult();
  }

  private Task recordTask(ObligationEntity o) {
    return drive.task(o.getProcessInstanceId(), "RecordSessionTask");
  }

  private List<String> kinds(ObligationEntity o) {
    return notifications.findByObligationIdOrderByIdAsc(o.getId()).stream().map(Notification::getKind).toList();
  }

  private int level(ObligationEntity o) {
    return obligations.findById(o.getId()).orElseThrow().getEscalationLevel();
  }

  private <T> T as(String user, String group, java.util.function.Supplier<T> work) {
    Object[] result = new Object[1];
    drive.as(user, group, () -> result[0] = work.get());
    @SuppressWarnings("unchecked")
    T t = (T) result[0];
    return t;
  }
}
