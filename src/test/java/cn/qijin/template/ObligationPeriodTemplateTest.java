package cn.qijin.template;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Venue;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Issue 11 point 7: the template says how often an obligation recurs (COM-2, PUB-2 monthly; REC-1 quarterly). */
class ObligationPeriodTemplateTest {

  private static final String HEADER = """
      code: t
      version: 1
      name: 测试
      phases:
        PH1: { name: 部署发动, start: 2017-06-01, end: 2017-06-30 }
        PH2: { name: 组织实施, start: 2017-07-01, end: 2017-12-31 }
        PH3: { name: 巩固提升, start: 2018-01-01, end: 2018-12-31 }
      obligations:
      """;

  private final TemplateParser parser = new TemplateParser();

  @Test
  void COM_2_PUB_2_the_default_template_has_them_monthly_with_the_plans_words_and_own_reminders() throws IOException {
    TemplateDocument doc;
    try (InputStream in = getClass().getResourceAsStream("/campaign-templates/qijin-2017.yaml")) {
      doc = parser.parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
    assertThat(doc.obligations()).extracting(TemplateDocument.Obligation::code, TemplateDocument.Obligation::venue,
        TemplateDocument.Obligation::period, TemplateDocument.Obligation::minCount).containsExactly(
        org.assertj.core.groups.Tuple.tuple("ENT-5", Venue.ENTERPRISE, "QUARTER", 1),
        org.assertj.core.groups.Tuple.tuple("ORG-V1", Venue.ORGAN, "QUARTER", 1),
        org.assertj.core.groups.Tuple.tuple("COM-2", Venue.COMMUNITY, "MONTH", 1),
        org.assertj.core.groups.Tuple.tuple("PUB-2", Venue.PUBLIC_PLACE, "MONTH", 1));
    TemplateDocument.Obligation com2 = doc.obligations().get(2);
    TemplateDocument.Obligation pub2 = doc.obligations().get(3);
    assertThat(com2.title()).contains("户外显示屏、广播等经常性播放安全常识");
    assertThat(pub2.title()).contains("电子显示屏等定期滚动播出安全生产知识");
    assertThat(com2.remindersOr(doc.remindersOrDefault()).daysBefore()).containsExactly(3);
    assertThat(doc.obligations().get(0).remindersOr(doc.remindersOrDefault()).daysBefore()).containsExactly(14, 3);
  }

  @Test
  void COM_2_PUB_2_a_period_other_than_QUARTER_or_MONTH_is_refused_in_chinese() {
    assertThatThrownBy(() -> parser.parse(HEADER
        + "  - { code: COM-2, venue: COMMUNITY, period: WEEK, minCount: 1, title: 每周播放 }\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("周期任务 COM-2 的周期（period）应为 QUARTER（每季度）或 MONTH（每月），收到“WEEK”");
  }

  @Test
  void COM_2_PUB_2_a_reminder_before_the_month_has_begun_is_refused_in_chinese() {
    assertThatThrownBy(() -> parser.parse(HEADER + "  - { code: PUB-2, venue: PUBLIC_PLACE, period: MONTH, minCount: 1,"
        + " title: 每月播出, reminders: { daysBefore: [30, 3], onDueDay: true, repeatEveryDaysAfter: 7, hour: 9 } }\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("周期任务 PUB-2 的提前提醒天数（daysBefore）须小于 28 天，否则提醒会早于月度开始");
    assertThatThrownBy(() -> parser.parse(HEADER + "  - { code: PUB-2, venue: PUBLIC_PLACE, period: MONTH, minCount: 1,"
        + " title: 每月播出, reminders: { daysBefore: [3] } }\n"))
        .isInstanceOf(InvalidInputException.class)
        .hasMessageContaining("周期任务 PUB-2 的提醒设置（reminders）须给出");
    assertThat(parser.parse(HEADER + "  - { code: ENT-5, venue: ENTERPRISE, period: QUARTER, minCount: 1, title: 每季度 }\n")
        .obligations()).hasSize(1);
    assertThat(List.of(parser.parse(HEADER + "  - { code: PUB-2, venue: PUBLIC_PLACE, period: MONTH, minCount: 1,"
        + " title: 每月播出, reminders: { daysBefore: [27], onDueDay: false, repeatEveryDaysAfter: 3, hour: 8 } }\n")))
        .hasSize(1);
  }
}
