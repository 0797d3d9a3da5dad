package cn.qijin.common;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import static cn.qijin.kernel.process.ProcessVariables.EXTENSION_DATE;
import static cn.qijin.kernel.process.ProcessVariables.HANDLING_CHOICE;
import static cn.qijin.kernel.process.ProcessVariables.REVIEW_APPROVED;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_DATE;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_PARTICIPANTS;
import static cn.qijin.kernel.process.ProcessVariables.SESSION_TYPE;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.process.ProcessVariable;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import org.assertj.core.api.AbstractStringAssert;
import org.camunda.bpm.engine.delegate.VariableScope;
import org.junit.jupiter.api.Test;

/**
 * Issue 13: what a task form submits, checked on the server — plain JUnit over a mocked variable scope. Invalid
 * input gives the Chinese message the user sees (InvalidInputException.userMessage()).
 */
class TaskInputTest {

  static final LocalDate FROM = LocalDate.of(2017, 7, 1);
  static final LocalDate TO = LocalDate.of(2017, 9, 30);

  static TaskInput input(Object... nameValues) {
    Map<String, Object> values = new HashMap<>();
    for (int i = 0; i < nameValues.length; i += 2) {
      values.put(((ProcessVariable<?>) nameValues[i]).name(), nameValues[i + 1]);
    }
    VariableScope scope = mock(VariableScope.class);
    when(scope.getVariable(org.mockito.ArgumentMatchers.anyString()))
        .thenAnswer(call -> values.get((String) call.getArgument(0)));
    return TaskInput.of(scope);
  }

  static AbstractStringAssert<?> refusal(Runnable call) {
    try {
      call.run();
    } catch (InvalidInputException e) {
      return assertThat(e.userMessage());
    }
    throw new AssertionError("accepted");
  }

  @Test
  void text_is_trimmed_blank_is_missing_and_too_long_is_counted() {
    assertThat(input(SESSION_TYPE, "  活动  ").requiredText(SESSION_TYPE, "活动形式", 10)).isEqualTo("活动");
    assertThat(input(SESSION_TYPE, "   ").optionalText(SESSION_TYPE, "备注", 10)).isNull();
    assertThat(input().optionalText(SESSION_TYPE, "备注", 10)).isNull();
    refusal(() -> input(SESSION_TYPE, "   ").requiredText(SESSION_TYPE, "活动形式", 10)).isEqualTo("请填写活动形式");
    refusal(() -> input().requiredText(SESSION_TYPE, "活动形式", 10)).isEqualTo("请填写活动形式");
    refusal(() -> input(SESSION_TYPE, "一二三四五六").requiredText(SESSION_TYPE, "活动形式", 5)).isEqualTo("活动形式不能超过 5 字（现有 6 字）");
    assertThat(input(SESSION_TYPE, "一二三四五").requiredText(SESSION_TYPE, "活动形式", 5)).isEqualTo("一二三四五");
  }

  @Test
  void dates_are_iso_days_inside_the_range_both_ends_included() {
    assertThat(input(SESSION_DATE, "2017-07-01").requiredDate(SESSION_DATE, "活动日期", FROM, TO)).isEqualTo(FROM);
    assertThat(input(SESSION_DATE, "2017-09-30").requiredDate(SESSION_DATE, "活动日期", FROM, TO)).isEqualTo(TO);
    refusal(() -> input(SESSION_DATE, "2017-06-30").requiredDate(SESSION_DATE, "活动日期", FROM, TO))
        .isEqualTo("活动日期须在 2017-07-01 至 2017-09-30 之间");
    refusal(() -> input(SESSION_DATE, "2017-10-01").requiredDate(SESSION_DATE, "活动日期", FROM, TO))
        .isEqualTo("活动日期须在 2017-07-01 至 2017-09-30 之间");
    refusal(() -> input(SESSION_DATE, "2017/07/15").requiredDate(SESSION_DATE, "活动日期", FROM, TO))
        .isEqualTo("活动日期格式不正确，应为 yyyy-MM-dd（如 2017-06-15）");
    refusal(() -> input(SESSION_DATE, "2017-02-30").requiredDate(SESSION_DATE, "活动日期", FROM, TO))
        .isEqualTo("活动日期格式不正确，应为 yyyy-MM-dd（如 2017-06-15）");
    refusal(() -> input(SESSION_DATE, "2017-07-015").requiredDate(SESSION_DATE, "活动日期", FROM, TO))
        .isEqualTo("活动日期不能超过 10 字（现有 11 字）");
    refusal(() -> input().requiredDate(SESSION_DATE, "活动日期", FROM, TO)).isEqualTo("请填写活动日期");
  }

  @Test
  void a_date_after_another_is_refused_with_the_callers_words_when_too_early() {
    assertThat(input(EXTENSION_DATE, "2017-10-15").requiredDateAfter(EXTENSION_DATE, "延期至", TO, LocalDate.of(2017, 12, 31), "须晚于到期日"))
        .isEqualTo(LocalDate.of(2017, 10, 15));
    refusal(() -> input(EXTENSION_DATE, "2017-09-30").requiredDateAfter(EXTENSION_DATE, "延期至", TO, LocalDate.of(2017, 12, 31), "须晚于到期日"))
        .isEqualTo("须晚于到期日");
    refusal(() -> input(EXTENSION_DATE, "2018-01-01").requiredDateAfter(EXTENSION_DATE, "延期至", TO, LocalDate.of(2017, 12, 31), "须晚于到期日"))
        .isEqualTo("延期至不能晚于 2017-12-31");
    refusal(() -> input(EXTENSION_DATE, "tomorrow").requiredDateAfter(EXTENSION_DATE, "延期至", TO, LocalDate.of(2017, 12, 31), "须晚于到期日"))
        .isEqualTo("延期至格式不正确，应为 yyyy-MM-dd（如 2017-06-15）");
  }

  @Test
  void counts_are_whole_numbers_from_zero_as_text_or_number() {
    assertThat(input(SESSION_PARTICIPANTS, "0").requiredNonNegative(SESSION_PARTICIPANTS, "参加人数")).isZero();
    assertThat(input(SESSION_PARTICIPANTS, " 35 ").requiredNonNegative(SESSION_PARTICIPANTS, "参加人数")).isEqualTo(35);
    assertThat(input(SESSION_PARTICIPANTS, 35L).requiredNonNegative(SESSION_PARTICIPANTS, "参加人数")).isEqualTo(35);
    assertThat(input(SESSION_PARTICIPANTS, 35.0d).requiredNonNegative(SESSION_PARTICIPANTS, "参加人数")).isEqualTo(35);
    refusal(() -> input(SESSION_PARTICIPANTS, 35.5d).requiredNonNegative(SESSION_PARTICIPANTS, "参加人数")).isEqualTo("参加人数须为不小于 0 的整数");
    refusal(() -> input(SESSION_PARTICIPANTS, "-1").requiredNonNegative(SESSION_PARTICIPANTS, "参加人数")).isEqualTo("参加人数须为不小于 0 的整数");
    refusal(() -> input(SESSION_PARTICIPANTS, "三十").requiredNonNegative(SESSION_PARTICIPANTS, "参加人数")).isEqualTo("参加人数须为不小于 0 的整数");
    refusal(() -> input(SESSION_PARTICIPANTS, "1.5").requiredNonNegative(SESSION_PARTICIPANTS, "参加人数")).isEqualTo("参加人数须为不小于 0 的整数");
    refusal(() -> input(SESSION_PARTICIPANTS, " ").requiredNonNegative(SESSION_PARTICIPANTS, "参加人数")).isEqualTo("请填写参加人数");
    refusal(() -> input().requiredNonNegative(SESSION_PARTICIPANTS, "参加人数")).isEqualTo("请填写参加人数");
  }

  @Test
  void choices_are_booleans_or_their_text_and_one_of_a_set() {
    assertThat(input(REVIEW_APPROVED, true).requiredChoice(REVIEW_APPROVED, "审核结论")).isTrue();
    assertThat(input(REVIEW_APPROVED, "FALSE").requiredChoice(REVIEW_APPROVED, "审核结论")).isFalse();
    refusal(() -> input(REVIEW_APPROVED, "yes").requiredChoice(REVIEW_APPROVED, "审核结论")).isEqualTo("请选择审核结论");
    refusal(() -> input().requiredChoice(REVIEW_APPROVED, "审核结论")).isEqualTo("请选择审核结论");
    Set<String> allowed = Set.of("resolve", "refer");
    assertThat(input(HANDLING_CHOICE, "refer").requiredOneOf(HANDLING_CHOICE, "处理方式", allowed)).isEqualTo("refer");
    refusal(() -> input(HANDLING_CHOICE, "REFER").requiredOneOf(HANDLING_CHOICE, "处理方式", allowed)).isEqualTo("请选择处理方式");
    refusal(() -> input().requiredOneOf(HANDLING_CHOICE, "处理方式", allowed)).isEqualTo("请选择处理方式");
  }
}
