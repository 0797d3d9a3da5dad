package cn.qijin.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.obligation.internal.ObligationEntity;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.HashMap;
import java.util.Map;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13; REC-1, REC-3: the session form's values (开展季度活动) — held inside the period or an approved
 * extension, never in the future (Shanghai's today) — without an engine.
 */
class SessionRulesTest {

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static ObligationEntity q3(Instant deadline) {
    ObligationEntity o = mock(ObligationEntity.class);
    when(o.getPeriodStart()).thenReturn(LocalDate.of(2017, 7, 1));
    when(o.getPeriodEnd()).thenReturn(LocalDate.of(2017, 9, 30));
    when(o.getDeadlineAt()).thenReturn(deadline);
    return o;
  }

  static final Instant DUE = Instant.parse("2017-09-30T15:59:59Z");

  static void today(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  @Test
  void the_latest_day_is_today_inside_the_period_then_its_end_or_the_extended_deadline() {
    ObligationEntity o = q3(DUE);
    today("2017-08-15T02:00:00Z");
    assertThat(SessionRules.latestSessionDay(o)).isEqualTo(LocalDate.of(2017, 8, 15));
    today("2017-08-15T16:30:00Z"); // already the 16th in Shanghai
    assertThat(SessionRules.latestSessionDay(o)).isEqualTo(LocalDate.of(2017, 8, 16));
    today("2017-11-01T02:00:00Z");
    assertThat(SessionRules.latestSessionDay(o)).isEqualTo(LocalDate.of(2017, 9, 30));
    ObligationEntity extended = q3(Instant.parse("2017-10-15T15:59:59Z"));
    assertThat(SessionRules.latestSessionDay(extended)).isEqualTo(LocalDate.of(2017, 10, 15));
  }

  static TaskInput form(Object... nameValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      values.put((String) nameValues[i], nameValues[i + 1]);
    }
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(anyString())).thenAnswer(call -> values.get((String) call.getArgument(0)));
    return TaskInput.of(scope);
  }

  @Test
  void a_complete_session_is_read() {
    today("2017-08-15T02:00:00Z");
    SessionRecord record = SessionRules.read(form("sessionDate", "2017-08-10", "sessionType", "警示教育会",
        "sessionParticipants", "42", "sessionCases", "某厂粉尘爆炸事故", "sessionSummary", "全体员工参加"), q3(DUE));
    assertThat(record).isEqualTo(new SessionRecord(LocalDate.of(2017, 8, 10), "警示教育会", 42, "某厂粉尘爆炸事故",
        "全体员工参加"));
  }

  @Test
  void a_session_in_the_future_or_before_the_period_is_refused_in_chinese() {
    today("2017-08-15T02:00:00Z");
    assertThatThrownBy(() -> SessionRules.read(form("sessionDate", "2017-08-16"), q3(DUE)))
        .isInstanceOf(InvalidInputException.class)
        .extracting(e -> ((InvalidInputException) e).userMessage())
        .isEqualTo("活动日期须在 2017-07-01 至 2017-08-15 之间");
    assertThatThrownBy(() -> SessionRules.read(form("sessionDate", "2017-06-30"), q3(DUE)))
        .extracting(e -> ((InvalidInputException) e).userMessage())
        .isEqualTo("活动日期须在 2017-07-01 至 2017-08-15 之间");
    assertThatThrownBy(() -> SessionRules.read(form("sessionDate", "2017-08-10", "sessionType", "会议"), q3(DUE)))
        .extracting(e -> ((InvalidInputException) e).userMessage()).isEqualTo("请填写参加人数");
  }
}
