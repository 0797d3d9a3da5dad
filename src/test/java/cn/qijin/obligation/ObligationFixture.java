package cn.qijin.obligation;

import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.init;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.notification.internal.Notification;
import cn.qijin.notification.internal.NotificationRepository;
import cn.qijin.obligation.internal.EscalationRecordRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationExtensionRepository;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.obligation.internal.ObligationSessionRepository;
import cn.qijin.support.CampaignDriver;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * A campaign from the default template in PH-2 (PH-2 2017-07-01 … PH-3 2018-12-31) with one enterprise and one
 * organ, driven by the engine clock, and the helpers the obligation scenarios share.
 */
abstract class ObligationFixture {

  @Autowired ProcessEngine engine;
  @Autowired UnitService units;
  @Autowired CampaignService campaigns;
  @Autowired JdbcTemplate jdbc;
  @Autowired cn.qijin.evidence.EvidenceUploads uploads;
  @Autowired ObligationRepository obligations;
  @Autowired ObligationService obligationService;
  @Autowired ObligationController obligationController;
  @Autowired NotificationRepository notifications;
  @Autowired EscalationRecordRepository escalations;
  @Autowired ObligationSessionRepository sessions;
  @Autowired ObligationExtensionRepository extensions;

  CampaignDriver drive;
  Unit enterprise;
  Unit organ;
  Campaign campaign;

  @BeforeEach
  void campaignInPhase2() {
    init(engine);
    drive = new CampaignDriver(engine, units, campaigns, jdbc, uploads);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    enterprise = drive.unit("ENTERPRISE");
    organ = drive.unit("ORGAN");
    drive.unit("SCHOOL");
    campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
  }

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  void stepTo(String shanghaiTime) {
    drive.at(shanghaiTime);
    drive.fireDueTimers();
  }

  ObligationEntity quarter(Unit unit, String quarterCode) {
    return obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), unit.getId()).stream()
        .filter(o -> o.getQuarterCode().equals(quarterCode)).findFirst().orElseThrow();
  }

  ProcessInstance process(ObligationEntity o) {
    return engine.getRuntimeService().createProcessInstanceQuery().processInstanceId(o.getProcessInstanceId())
        .singleResult();
  }

  Task recordTask(ObligationEntity o) {
    return drive.task(o.getProcessInstanceId(), "RecordSessionTask");
  }

  int reminders(ObligationEntity o) {
    return (int) notifications.findByObligationIdOrderByIdAsc(o.getId()).stream()
        .filter(n -> n.getKind().equals("REMINDER")).count();
  }

  List<String> kinds(ObligationEntity o) {
    return notifications.findByObligationIdOrderByIdAsc(o.getId()).stream().map(Notification::getKind).toList();
  }

  int level(ObligationEntity o) {
    return obligations.findById(o.getId()).orElseThrow().getEscalationLevel();
  }

  java.util.Date timer(ObligationEntity o, String activityId) {
    return engine.getManagementService().createJobQuery().processInstanceId(o.getProcessInstanceId())
        .activityId(activityId).singleResult().getDuedate();
  }

  void submitSession(ObligationEntity o, String date) {
    Unit unit = o.getUnitId().equals(enterprise.getId()) ? enterprise : organ;
    drive.completeAs("u", unit.groupId(), recordTask(o), CampaignDriver.sessionRecord(date));
  }

  static Map<String, Object> extension(String until, String reason) {
    return Map.of("unitAction", "extension", "extensionDate", until, "extensionReason", reason);
  }

  <T> T as(String user, String group, java.util.function.Supplier<T> work) {
    Object[] result = new Object[1];
    drive.as(user, group, () -> result[0] = work.get());
    @SuppressWarnings("unchecked")
    T t = (T) result[0];
    return t;
  }
}
