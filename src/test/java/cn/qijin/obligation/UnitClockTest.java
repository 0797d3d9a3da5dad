package cn.qijin.obligation;

import static cn.qijin.support.CampaignDriver.shanghai;
import static org.assertj.core.api.Assertions.assertThat;
import static org.camunda.bpm.engine.test.assertions.bpmn.BpmnAwareTests.assertThat;

import cn.qijin.dashboard.Dashboard;
import cn.qijin.dashboard.DashboardService;
import cn.qijin.obligation.internal.EscalationRecordEntity;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationSession;
import cn.qijin.security.Roles;
import cn.qijin.support.CampaignDriver;
import java.time.LocalDate;
import java.util.List;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.support.QijinSpringTest;
import java.util.Map;
import org.camunda.bpm.engine.task.Task;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Issue 11, points 1 and 2 (REC-2, ORG-2): lateness is the unit's, not the office's. A session handed in by the
 * deadline is on time whenever the office accepts it; while the office holds it, the unit is neither reminded
 * nor escalated, and the office's review has its own due date and reminders; a returned submission gives the
 * unit a grace period, and the ladder resumes from the level it had reached.
 */
@QijinSpringTest
class UnitClockTest extends ObligationFixture {

  @Autowired DashboardService dashboards;

  @Test
  void REC_2_a_session_handed_in_by_the_due_date_is_on_time_whenever_the_office_accepts_it() {
    ObligationEntity q3 = quarter(enterprise, "2017Q3");
    var q3Process = process(q3);
    stepTo("2017-09-29T15:00");
    int remindersBefore = reminders(q3);
    submitSession(q3, "2017-09-28");

    // The file is with the office: only its review waits, due five working days later (Fri → next Fri).
    assertThat(process(q3)).isWaitingAtExactly("ObligationWindow", "ReviewSessionTask");
    Task review = drive.task(q3.getProcessInstanceId(), "ReviewSessionTask");
    assertThat(review.getDueDate()).isEqualTo(shanghai("2017-10-06T23:59:59"));
    assertThat(state(q3)).isEqualTo(ObligationState.SUBMITTED);

    // ORG-2: the office is reminded on its due day at 09:00, and every two days after.
    stepTo("2017-10-06T08:59");
    assertThat(officeReminders(q3)).isZero();
    stepTo("2017-10-06T09:00");
    assertThat(officeReminders(q3)).isEqualTo(1);
    assertThat(drive.task(q3.getProcessInstanceId(), "ReviewSessionTask").getFollowUpDate())
        .isEqualTo(shanghai("2017-10-06T09:00"));
    stepTo("2017-10-08T09:00");
    assertThat(officeReminders(q3)).isEqualTo(2);

    // Past the due date and every step of the ladder: the unit stays green, nothing goes to it.
    stepTo("2017-10-20T10:00");
    assertThat(level(q3)).isZero();
    assertThat(escalations.findByObligationIdOrderByLevelAsc(q3.getId())).isEmpty();
    assertThat(reminders(q3)).isEqualTo(remindersBefore);
    assertThat(kinds(q3)).noneMatch(k -> k.startsWith("ESCALATION"));
    assertThat(state(q3)).isEqualTo(ObligationState.SUBMITTED);
    assertThat(obligations.findById(q3.getId()).orElseThrow().isBehind(CampaignClock.now())).isFalse();
    assertThat(officeReminders(q3)).isGreaterThan(2);

    review = drive.task(q3.getProcessInstanceId(), "ReviewSessionTask");
    drive.completeAs("office", Roles.OFFICE, review, Map.of("sessionApproved", true));
    ObligationEntity done = obligations.findById(q3.getId()).orElseThrow();
    assertThat(done.getStatus()).isEqualTo(ObligationStatus.FULFILLED);
    assertThat(done.getFulfilledAt()).isEqualTo(shanghai("2017-10-20T10:00").toInstant());
    assertThat(sessions.findByObligationIdOrderBySubmittedAtAsc(q3.getId())).extracting(ObligationSession::getOnTime)
        .containsExactly(true);
    assertThat(q3Process).isEnded();
  }

  @Test
  void REC_2_a_returned_submission_gives_the_unit_its_grace_then_the_clock_runs_again() {
    ObligationEntity q3 = quarter(enterprise, "2017Q3");
    stepTo("2017-09-29T15:00");
    submitSession(q3, "2017-09-28");
    stepTo("2017-10-10T10:00");
    drive.completeAs("office", Roles.OFFICE, drive.task(q3.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", false, "sessionReviewComment", "请补充事故案例分析记录"));

    // Five days of grace from the return: the unit's deadline, reminders and ladder count from 10-15.
    ObligationEntity returned = obligations.findById(q3.getId()).orElseThrow();
    assertThat(returned.getDeadlineAt()).isEqualTo(shanghai("2017-10-15T23:59:59").toInstant());
    assertThat(returned.isExtended()).isFalse();
    assertThat(recordTask(q3).getDueDate()).isEqualTo(shanghai("2017-10-15T23:59:59"));
    assertThat(timer(q3, "ReminderDue")).isEqualTo(shanghai("2017-10-12T09:00"));
    assertThat(timer(q3, "ObligationLapsed")).isEqualTo(shanghai("2017-10-16T00:00"));
    assertThat(state(q3)).isEqualTo(ObligationState.DUE_SOON);

    stepTo("2017-10-15T23:59");
    assertThat(level(q3)).isZero();
    stepTo("2017-10-16T00:00");
    assertThat(level(q3)).isEqualTo(1);

    // Handed in after the grace: late, whenever accepted.
    submitSession(q3, "2017-09-28");
    assertThat(state(q3)).isEqualTo(ObligationState.SUBMITTED_LATE);
    drive.completeAs("office", Roles.OFFICE, drive.task(q3.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", true));
    assertThat(obligations.findById(q3.getId()).orElseThrow().getStatus()).isEqualTo(ObligationStatus.FULFILLED_LATE);
  }

  @Test
  void REC_2_a_late_submission_holds_the_ladder_while_the_office_reviews_and_a_return_resumes_it_at_its_level() {
    ObligationEntity q3 = quarter(enterprise, "2017Q3");
    stepTo("2017-10-08T00:00");
    assertThat(level(q3)).isEqualTo(2);
    stepTo("2017-10-09T10:00");
    submitSession(q3, "2017-09-28");
    assertThat(state(q3)).isEqualTo(ObligationState.SUBMITTED_LATE);
    // The office's 督办单位 task stays: it is outside the unit's clock.
    assertThat(process(q3)).isWaitingAtExactly("ObligationWindow", "ReviewSessionTask", "UrgeUnitTask");

    // Level 3 would have come on 10-16: not while the office holds the file.
    stepTo("2017-10-20T10:00");
    assertThat(level(q3)).isEqualTo(2);
    assertThat(drive.task(q3.getProcessInstanceId(), "TalkWithUnitTask")).isNull();

    drive.completeAs("office", Roles.OFFICE, drive.task(q3.getProcessInstanceId(), "ReviewSessionTask"),
        Map.of("sessionApproved", false, "sessionReviewComment", "活动日期与签到表不符"));
    // The ladder continues at level 3 only, counted from the end of the grace (10-25): 10-25 + 1 + 15 days.
    assertThat(timer(q3, "Level3Due")).isEqualTo(shanghai("2017-11-10T00:00"));
    assertThat(engine.getManagementService().createJobQuery().processInstanceId(q3.getProcessInstanceId())
        .activityId("ObligationLapsed").count()).isZero();
    assertThat(drive.tasks(q3.getProcessInstanceId(), "UrgeUnitTask")).hasSize(1);
    stepTo("2017-11-10T00:00");
    assertThat(level(q3)).isEqualTo(3);
    assertThat(drive.task(q3.getProcessInstanceId(), "TalkWithUnitTask")).hasCandidateGroup(Roles.LEADERSHIP);
    assertThat(escalations.findByObligationIdOrderByLevelAsc(q3.getId())).extracting(EscalationRecordEntity::getLevel)
        .containsExactly(1, 2, 3);

    // The ladder is done: the leadership group follows the unit up, the weekly reminders stop.
    int remindersAtLevel3 = reminders(q3);
    stepTo("2017-12-20T10:00");
    assertThat(reminders(q3)).isEqualTo(remindersAtLevel3);
    assertThat(engine.getHistoryService().createHistoricActivityInstanceQuery()
        .processInstanceId(q3.getProcessInstanceId()).activityId("RemindersOver").count()).isEqualTo(1);
  }

  @Test
  void ORG_2_the_office_has_its_own_due_date_and_reminders_for_checklist_reviews_and_sees_what_is_overdue() {
    var unitProcess = drive.unitInstance(campaign, enterprise);
    stepTo("2017-08-02T10:00"); // a Wednesday: five working days → Wednesday 08-09
    for (String code : List.of("ENT-1", "ENT-2")) {
      drive.completeAs("e1", enterprise.groupId(), drive.itemTask(unitProcess.getId(), "ImplementItemTask", code),
          CampaignDriver.itemRecord(LocalDate.of(2017, 8, 1)));
    }
    Task ent1Review = drive.itemTask(unitProcess.getId(), "ReviewItemTask", "ENT-1");
    assertThat(ent1Review.getDueDate()).isEqualTo(shanghai("2017-08-09T23:59:59"));
    drive.completeAs("office", Roles.OFFICE, drive.itemTask(unitProcess.getId(), "ReviewItemTask", "ENT-2"),
        CampaignDriver.accept());

    Dashboard before = as("office", Roles.OFFICE, () -> dashboards.dashboard(String.valueOf(campaign.getId()), null));
    assertThat(before.reviews()).extracting(Dashboard.PendingReview::kind, Dashboard.PendingReview::daysOverdue)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("CHECKLIST", 0L));

    stepTo("2017-08-09T09:00");
    stepTo("2017-08-11T09:00");
    // each reminder lands on the waiting item's own task, even with several reviews open at once
    assertThat(engine.getTaskService().getTaskComments(ent1Review.getId())).hasSize(2);
    assertThat(drive.itemTask(unitProcess.getId(), "ReviewItemTask", "ENT-1").getFollowUpDate())
        .isEqualTo(shanghai("2017-08-11T09:00"));

    ObligationEntity q3 = quarter(enterprise, "2017Q3");
    submitSession(q3, "2017-08-10");
    stepTo("2017-08-24T10:00");
    Dashboard later = as("office", Roles.OFFICE, () -> dashboards.dashboard(String.valueOf(campaign.getId()), null));
    assertThat(later.reviews()).extracting(Dashboard.PendingReview::kind, Dashboard.PendingReview::reviewDueDate,
        Dashboard.PendingReview::daysOverdue).containsExactly(
            org.assertj.core.groups.Tuple.tuple("CHECKLIST", LocalDate.of(2017, 8, 9), 15L),
            org.assertj.core.groups.Tuple.tuple("SESSION", LocalDate.of(2017, 8, 18), 6L));
    // the unit's quarterly task is green while the office holds it
    assertThat(later.matrix()).filteredOn(r -> r.unitCode().equals(enterprise.getCode()))
        .extracting(r -> r.cells().get("2017Q3").tone()).containsExactly("GREEN");
  }

  private int officeReminders(ObligationEntity o) {
    return engine.getTaskService().getTaskComments(drive.task(o.getProcessInstanceId(), "ReviewSessionTask").getId())
        .size();
  }

  private ObligationState state(ObligationEntity o) {
    ObligationEntity now = obligations.findById(o.getId()).orElseThrow();
    return ObligationState.of(Obligation.of(now), CampaignClock.now(),
        CampaignClock.startOfDay(now.getPeriodStart()).toInstant());
  }
}
