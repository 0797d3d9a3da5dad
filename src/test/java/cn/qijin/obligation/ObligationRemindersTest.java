package cn.qijin.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.qijin.campaign.ReviewPolicy;
import cn.qijin.kernel.Quarter;
import cn.qijin.kernel.Venue;
import cn.qijin.notification.UnitTaskReminder;
import cn.qijin.obligation.internal.ObligationDefinitionEntity;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.template.ReminderPolicy;
import cn.qijin.template.TemplateDocument;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.springframework.test.util.ReflectionTestUtils;

/** Issue 13 part 3: what an obligation's reminders say and when the next is due (REC-2, ORG-2), without an engine. */
class ObligationRemindersTest {

  static final String PROCESS = "pi-1";
  static final Instant DUE = Instant.parse("2017-09-30T15:59:59Z");

  ObligationRepository obligations = mock(ObligationRepository.class);
  ObligationDefinitionRepository definitions = mock(ObligationDefinitionRepository.class);
  Units units = mock(Units.class);
  ObligationReminders reminders = new ObligationReminders(obligations, definitions, units,
      cn.qijin.support.TestOrganisation.unrecorded());

  ObligationEntity obligation = new ObligationEntity(7L, 3L, 11L, ObligationPeriod.of(Quarter.parse("2017Q3")),
      LocalDate.of(2017, 7, 1), DUE);
  ObligationDefinitionEntity definition = new ObligationDefinitionEntity(7L, "ENT-5", Venue.ENTERPRISE, "quarterly", 1,
      "事故警示教育", null).remindedBy(TemplateDocument.Reminders.DEFAULT);

  @BeforeEach
  void world() {
    ReflectionTestUtils.setField(obligation, "id", 5L);
    when(obligations.ofProcess(PROCESS)).thenReturn(obligation);
    when(definitions.findById(any())).thenReturn(Optional.of(definition));
    Unit unit = mock(Unit.class);
    when(unit.getName()).thenReturn("某厂");
    when(units.find(11L)).thenReturn(Optional.of(unit));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("REC-2: the unit is told how its obligation stands, and the next reminder follows the definition's policy")
  void the_unit_is_reminded_before_its_due_day() {
    Instant at = Instant.parse("2017-09-27T01:00:00Z");
    ObligationReminders.UnitReminder due = reminders.unitReminder(PROCESS, at).orElseThrow();
    String period = obligation.period().chineseName();
    String status = ReminderPolicy.status(LocalDate.of(2017, 9, 27), LocalDate.of(2017, 9, 30));
    assertThat(due.status()).isEqualTo(status);
    assertThat(due.message().key()).isEqualTo("REMINDER:5:" + at);
    assertThat(due.message().obligationId()).isEqualTo(5L);
    assertThat(due.message().subject()).isEqualTo("【季度任务提醒】某厂 ENT-5 " + period);
    assertThat(due.message().body()).startsWith("某厂：\n\n您单位的季度任务“ENT-5 " + period + "：事故警示教育”" + status);
    assertThat(due.message().comment()).isEqualTo("系统提醒：本季度任务" + status);
    assertThat(due.nextAt()).isEqualTo(definition.reminderPolicy().nextAfter(LocalDate.of(2017, 9, 30), at));
  }

  @Test
  @DisplayName("REC-2: once the ladder reaches 红色约谈, the unit gets no more reminders")
  void no_more_reminders_after_the_talk() {
    obligation.escalateTo(ObligationLadder.TALK_LEVEL);
    assertThat(reminders.unitReminder(PROCESS, Instant.parse("2017-10-20T01:00:00Z"))).isEmpty();
  }

  @Test
  @DisplayName("ORG-2: the office is reminded of a review due today, then of how many days it is late")
  void the_office_is_reminded_of_its_review() {
    Instant submitted = Instant.parse("2017-09-20T02:00:00Z");
    Instant reviewDue = ReviewPolicy.DEFAULT.reviewDueAt(submitted);
    obligation.submit(submitted, reviewDue);
    LocalDate dueDay = LocalDate.ofInstant(reviewDue, java.time.ZoneId.of("Asia/Shanghai"));

    ClockUtil.setCurrentTime(Date.from(dueDay.atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    UnitTaskReminder.Message today = reminders.officeReminder(PROCESS);
    assertThat(today.comment()).isEqualTo("系统提醒：今天是审核期限（" + dueDay + "）");
    assertThat(today.subject()).isEqualTo("【审核提醒】某厂 ENT-5 " + obligation.period().chineseName() + " 的活动记录待审核");
    assertThat(today.key()).isEqualTo("REVIEW_REMINDER:5:" + submitted + ":" + dueDay);
    assertThat(today.body()).contains("于 2017-09-20 提交的季度活动记录尚未审核");

    ClockUtil.setCurrentTime(Date.from(dueDay.plusDays(2).atTime(10, 0).atZone(java.time.ZoneId.of("Asia/Shanghai")).toInstant()));
    assertThat(reminders.officeReminder(PROCESS).comment())
        .isEqualTo("系统提醒：已超过审核期限 2 天（期限 " + dueDay + "）");
  }
}
