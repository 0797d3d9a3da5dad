package cn.qijin.obligation;

import static cn.qijin.support.CampaignDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.notification.internal.Notification;
import cn.qijin.obligation.internal.EscalationRecordEntity;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationExtension;
import cn.qijin.obligation.internal.ObligationSession;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.H2Only;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.runtime.Job;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;

/**
 * REC-1..REC-3 through the engine: every reminder and escalation on its Shanghai day, none twice, none after
 * fulfilment; extension moves them, exemption stops them; late fulfilment.
 */
abstract class ObligationScenarios extends ObligationFixture {

  /** REC-1: enterprises and organs owe one obligation per quarter of PH-2 and PH-3, others none. */
  @Test
  void obligated_units_get_one_obligation_per_quarter_with_a_task_due_on_its_last_day() {
    assertThat(obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), enterprise.getId()))
        .extracting(ObligationEntity::getQuarterCode)
        .containsExactly("2017Q3", "2017Q4", "2018Q1", "2018Q2", "2018Q3", "2018Q4");
    assertThat(obligations.findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), organ.getId()))
        .hasSize(6);
    assertThat(jdbc.queryForObject("select count(*) from obligation where campaign_id = ?", Long.class,
        campaign.getId())).isEqualTo(12);

    ObligationEntity q3 = quarter(enterprise, "2017Q3");
    ProcessInstance process = process(q3);
    assertThat(process).isWaitingAt("RecordSessionTask", "ReminderDue", "ObligationLapsed");
    Task task = recordTask(q3);
    assertThat(task.getName()).isEqualTo("季度任务 ENT-5 2017年第三季度：每季度至少一次事故警示教育并开展事故案例分析");
    assertThat(task.getDueDate()).isEqualTo(shanghai("2017-09-30T23:59:59"));
    assertThat(task).hasCandidateGroup(enterprise.groupId());
    // Later quarters wait for their first day.
    assertThat(process(quarter(enterprise, "2017Q4"))).isWaitingAt("QuarterStarted");
    Job q4Start = engine.getManagementService().createJobQuery().processInstanceId(quarter(enterprise, "2017Q4")
        .getProcessInstanceId()).singleResult();
    assertThat(q4Start.getDuedate()).isEqualTo(shanghai("2017-10-01T00:00"));
  }

  /** REC-2: 14 and 3 days before, on the due day, then weekly; yellow on lapse, orange after 7 days, red after 15. */
  @Test
  void reminders_and_the_escalation_ladder_fire_on_their_shanghai_days_once_and_stop_at_late_fulfilment() {
    ObligationEntity q3 = quarter(enterprise, "2017Q3");
    ProcessInstance q3Process = process(q3);
    stepTo("2017-09-16T08:59");
    assertThat(reminders(q3)).isZero();
    stepTo("2017-09-16T09:00");
    assertThat(reminders(q3)).isEqualTo(1);
    assertThat(recordTask(q3).getFollowUpDate()).isEqualTo(shanghai("2017-09-16T09:00"));
    stepTo("2017-09-27T09:00");
    assertThat(reminders(q3)).isEqualTo(2);
    stepTo("2017-09-30T09:00");
    assertThat(reminders(q3)).isEqualTo(3);
    stepTo("2017-09-30T23:59");
    assertThat(level(q3)).isZero();

    stepTo("2017-10-01T00:00");
    assertThat(level(q3)).isEqualTo(1);
    assertThat(escalations.findByObligationIdOrderByLevelAsc(q3.getId())).extracting(EscalationRecordEntity::getLevelName)
        .containsExactly("黄色预警");
    assertThat(kinds(q3)).contains("ESCALATION_1");
    stepTo("2017-10-07T09:00");
    assertThat(reminders(q3)).isEqualTo(4);
    stepTo("2017-10-07T23:59");
    assertThat(drive.task(q3.getProcessInstanceId(), "UrgeUnitTask")).isNull();
    stepTo("2017-10-08T00:00");
    assertThat(level(q3)).isEqualTo(2);
    Task urge = drive.task(q3.getProcessInstanceId(), "UrgeUnitTask");
    assertThat(urge).hasCandidateGroup(Roles.OFFICE);
    assertThat(urge.getName()).startsWith("橙色督办 ENT-5 2017年第三季度");
    drive.completeAs("office", Roles.OFFICE, urge, Map.of("urgeOutcome", "已电话督促，单位承诺一周内完成"));
    stepTo("2017-10-15T23:59");
    assertThat(drive.task(q3.getProcessInstanceId(), "TalkWithUnitTask")).isNull();
    stepTo("2017-10-16T00:00");
    assertThat(level(q3)).isEqualTo(3);
    assertThat(drive.task(q3.getProcessInstanceId(), "TalkWithUnitTask")).hasCandidateGroup(Roles.LEADERSHIP);
    assertThat(reminders(q3)).isEqualTo(5);

    // Nothing else is due: every reminder and escalation so far happened exactly once.
    assertThat(drive.fireDueTimers()).isZero();
    // (per recipient: other tests of the shared context may have added office users with an address)
    notifications.findByObligationIdOrderByIdAsc(q3.getId()).stream()
        .collect(java.util.stream.Collectors.groupingBy(Notification::getRecipient))
        .forEach((recipient, messages) -> assertThat(messages).extracting(Notification::getKind)
            .filteredOn(k -> k.startsWith("ESCALATION")).doesNotHaveDuplicates());
    assertThat(kinds(q3)).filteredOn(k -> k.startsWith("ESCALATION")).containsAll(List.of("ESCALATION_1",
        "ESCALATION_2", "ESCALATION_3")).allMatch(k -> k.matches("ESCALATION_[123]"));

    // Late fulfilment: a session held in the quarter, accepted after the due date.
    stepTo("2017-10-17T10:00");
    submitSession(q3, "2017-09-20");
    drive.completeAs("office", Roles.OFFICE, drive.task(q3.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", true));
    ObligationEntity done = obligations.findById(q3.getId()).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(ObligationStatus.FULFILLED_LATE);
    assertThat(q3Process).isEnded().hasPassed("ObligationFulfilled");
    int remindersAtFulfilment = reminders(q3);
    stepTo("2017-12-31T10:00");
    assertThat(reminders(q3)).isEqualTo(remindersAtFulfilment);
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(q3.getProcessInstanceId()).count())
        .isZero();
  }

  /** REC-1: on-time fulfilment after a returned session; further sessions are kept. */
  @Test
  @H2Only
  void a_returned_session_is_redone_and_fulfils_on_time_and_further_sessions_are_kept() {
    ObligationEntity q3 = quarter(organ, "2017Q3");
    stepTo("2017-08-10T10:00");
    Map<String, Object> outside = CampaignDriver.sessionRecord("2017-06-30");
    assertThatThrownBy(() -> drive.completeAs("o1", organ.groupId(), recordTask(q3), outside))
        .hasMessageContaining("活动日期须在 2017-07-01 至 2017-08-10 之间");
    assertThat(sessions.findByObligationIdOrderBySubmittedAtAsc(q3.getId())).isEmpty();

    submitSession(q3, "2017-08-09");
    drive.completeAs("office", Roles.OFFICE, drive.task(q3.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", false, "sessionReviewComment", "请补充培训签到表"));
    assertThat(process(q3)).isWaitingAt("RecordSessionTask");
    assertThat(engine.getTaskService().getVariable(recordTask(q3).getId(), "sessionReviewComment"))
        .isEqualTo("请补充培训签到表");
    submitSession(q3, "2017-08-09");
    drive.completeAs("office", Roles.OFFICE, drive.task(q3.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", true));
    assertThat(obligations.findById(q3.getId()).orElseThrow().getStatus()).isEqualTo(ObligationStatus.FULFILLED);
    assertThat(sessions.findByObligationIdOrderBySubmittedAtAsc(q3.getId())).extracting(ObligationSession::getState)
        .containsExactly(ObligationSession.State.RETURNED, ObligationSession.State.ACCEPTED);
    assertThat(reminders(q3)).isZero();

    drive.as("o1", organ.groupId(), () -> obligationService.recordFurtherSession(q3.getId(),
        new SessionRequest(LocalDate.of(2017, 8, 10), "专题培训", 30L, "学习《安全生产法》", "第二次培训")));
    assertThat(sessions.findByObligationIdOrderBySubmittedAtAsc(q3.getId())).hasSize(3);
    // Another unit may not add sessions to this obligation.
    assertThatThrownBy(() -> drive.as("e1", enterprise.groupId(), () -> obligationService.recordFurtherSession(
        q3.getId(), new SessionRequest(LocalDate.of(2017, 8, 10), "培训", 1L, "案例", "总结"))))
        .hasMessage("只能办理本单位的季度任务");
  }

  /** REC-3: an approved extension moves the due date, the reminders and the ladder. */
  @Test
  void an_approved_extension_moves_the_due_date_reminders_and_escalations() {
    ObligationEntity q3 = quarter(enterprise, "2017Q3");
    stepTo("2017-09-20T10:00");
    Map<String, Object> earlier = extension("2017-09-30", "设备检修");
    assertThatThrownBy(() -> drive.completeAs("e1", enterprise.groupId(), recordTask(q3), earlier))
        .hasMessageContaining("申请延期至的日期须晚于原到期日 2017-09-30");
    Map<String, Object> noReason = extension("2017-10-31", " ");
    assertThatThrownBy(() -> drive.completeAs("e1", enterprise.groupId(), recordTask(q3), noReason))
        .hasMessageContaining("请填写延期理由");
    assertThat(extensions.findByObligationIdOrderByRequestedAtAsc(q3.getId())).isEmpty();

    drive.completeAs("e1", enterprise.groupId(), recordTask(q3), extension("2017-10-31", "九月停产检修"));
    Task decide = drive.task(q3.getProcessInstanceId(), "DecideExtensionTask");
    assertThat(decide).hasCandidateGroup(Roles.OFFICE);
    drive.completeAs("office", Roles.OFFICE, decide, Map.of("extensionApproved", true));

    ObligationEntity extended = obligations.findById(q3.getId()).orElseThrow();
    assertThat(extended.getDueAt()).isEqualTo(shanghai("2017-10-31T23:59:59").toInstant());
    assertThat(extended.isExtended()).isTrue();
    assertThat(recordTask(q3).getDueDate()).isEqualTo(shanghai("2017-10-31T23:59:59"));
    assertThat(timer(q3, "ReminderDue")).isEqualTo(shanghai("2017-10-17T09:00"));
    assertThat(timer(q3, "ObligationLapsed")).isEqualTo(shanghai("2017-11-01T00:00"));

    stepTo("2017-10-16T10:00");
    assertThat(level(q3)).isZero();
    assertThat(reminders(q3)).isEqualTo(1);
    stepTo("2017-10-17T09:00");
    assertThat(reminders(q3)).isEqualTo(2);
    // A session held in the extra time counts; before that, the ladder has started at the new date.
    stepTo("2017-11-01T00:00");
    assertThat(level(q3)).isEqualTo(1);
    submitSession(q3, "2017-10-20");
    assertThat(sessions.findByObligationIdOrderBySubmittedAtAsc(q3.getId())).hasSize(1);
    drive.completeAs("office", Roles.OFFICE, drive.task(q3.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", false, "sessionReviewComment", "请补充案例分析记录"));
    // The unit's next form shows the office's latest answer only.
    assertThat(engine.getTaskService().getVariable(recordTask(q3).getId(), "sessionReviewComment"))
        .isEqualTo("请补充案例分析记录");
    assertThat(engine.getTaskService().getVariable(recordTask(q3).getId(), "extensionApproved")).isNull();

    // After the due date, no more extensions.
    assertThatThrownBy(() -> drive.completeAs("e1", enterprise.groupId(), recordTask(q3),
        extension("2017-11-30", "再延期")))
        .hasMessageContaining("已过到期日 2017-10-31，不能再申请延期");
  }

  /** REC-3: a refused extension changes nothing. */
  @Test
  @H2Only
  void a_refused_extension_keeps_the_due_date() {
    ObligationEntity q3 = quarter(enterprise, "2017Q3");
    stepTo("2017-09-20T10:00");
    drive.completeAs("e1", enterprise.groupId(), recordTask(q3), extension("2017-10-15", "人手不足"));
    Task decide = drive.task(q3.getProcessInstanceId(), "DecideExtensionTask");
    assertThatThrownBy(() -> drive.completeAs("office", Roles.OFFICE, decide, Map.of("extensionApproved", false)))
        .hasMessageContaining("请填写不同意延期的理由");
    drive.completeAs("office", Roles.OFFICE, decide, Map.of("extensionApproved", false,
        "extensionComment", "可利用班前会时间开展"));
    assertThat(obligations.findById(q3.getId()).orElseThrow().isExtended()).isFalse();
    assertThat(extensions.findByObligationIdOrderByRequestedAtAsc(q3.getId())).extracting(ObligationExtension::getDecision)
        .containsExactly(ObligationExtension.Decision.REFUSED);
    assertThat(process(q3)).isWaitingAt("RecordSessionTask", "ReminderDue", "ObligationLapsed");
    stepTo("2017-10-01T00:00");
    assertThat(level(q3)).isEqualTo(1);
  }

  /** REC-3: an exemption stops the obligation at once, with who, when and why on the record. */
  @Test
  void an_exemption_stops_reminders_and_escalations() {
    ObligationEntity q3 = quarter(enterprise, "2017Q3");
    ProcessInstance q3Process = process(q3);
    stepTo("2017-09-20T10:00");
    assertThat(reminders(q3)).isEqualTo(1);
    assertThatThrownBy(() -> drive.as("office", Roles.OFFICE, () -> obligationService.exempt(q3.getId(), "  ")))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写豁免理由");
    assertThat(obligations.findById(q3.getId()).orElseThrow().getStatus()).isEqualTo(ObligationStatus.OPEN);
    // the role is the endpoint's (@OfficeOnly on the controller, checked before the body is read)
    assertThatThrownBy(() -> drive.as("e1", enterprise.groupId(),
        () -> obligationController.exempt(q3.getId(), new ObligationController.ExemptionRequest("停产"))))
        .hasMessage("只有活动办公室可以进行此操作");

    drive.as("office", Roles.OFFICE, () -> obligationService.exempt(q3.getId(), "企业自 8 月起停产整顿"));
    ObligationEntity exempted = obligations.findById(q3.getId()).orElseThrow();
    assertThat(exempted.getStatus()).isEqualTo(ObligationStatus.EXEMPTED);
    assertThat(exempted.getExemptedBy()).isEqualTo("office");
    assertThat(exempted.getExemptedAt()).isEqualTo(shanghai("2017-09-20T10:00").toInstant());
    assertThat(q3Process).isEnded().hasPassed("ObligationExempted");
    stepTo("2017-11-30T10:00");
    assertThat(reminders(q3)).isEqualTo(1);
    assertThat(level(q3)).isZero();
    assertThatThrownBy(() -> drive.as("office", Roles.OFFICE, () -> obligationService.exempt(q3.getId(), "再次")))
        .hasMessageContaining("不能再豁免");
  }

  /** The unit × quarter matrix the office's dashboard draws. */
  @Test
  void the_matrix_shows_each_unit_and_quarter() {
    ObligationEntity entQ3 = quarter(enterprise, "2017Q3");
    ObligationEntity orgQ3 = quarter(organ, "2017Q3");
    stepTo("2017-08-01T10:00");
    submitSession(orgQ3, "2017-07-20");
    drive.completeAs("office", Roles.OFFICE, drive.task(orgQ3.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", true));
    stepTo("2017-10-09T10:00");
    var matrix = as("office", Roles.OFFICE, () -> obligationService.matrix(campaign.getId()));
    assertThat(matrix.quarters()).extracting(ObligationService.QuarterColumn::code)
        .containsExactly("2017Q3", "2017Q4", "2018Q1", "2018Q2", "2018Q3", "2018Q4");
    var ent = matrix.rows().stream().filter(r -> r.unitCode().equals(enterprise.getCode())).findFirst().orElseThrow();
    assertThat(ent.quarters().get("2017Q3").state()).isEqualTo("ESCALATED");
    assertThat(ent.quarters().get("2017Q3").escalationLevel()).isEqualTo(2);
    assertThat(ent.quarters().get("2017Q4").state()).isEqualTo("OPEN");
    assertThat(ent.quarters().get("2018Q1").state()).isEqualTo("NOT_STARTED");
    var org = matrix.rows().stream().filter(r -> r.unitCode().equals(organ.getCode())).findFirst().orElseThrow();
    assertThat(org.quarters().get("2017Q3").state()).isEqualTo("FULFILLED");
    assertThat(matrix.rows()).hasSize(2);

    var own = as("e1", enterprise.groupId(), () -> obligationService.matrix(campaign.getId()));
    assertThat(own.rows()).extracting(ObligationService.MatrixRow::unitCode).containsExactly(enterprise.getCode());
    assertThat(entQ3.getId()).isNotNull();
  }
}
