package cn.qijin.problemreport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import cn.qijin.notification.NotificationOutbox;
import cn.qijin.notification.Recipients;
import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.security.Roles;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

/** Issue 13 part 3: the reply to the reporting unit and the overdue reminder (ORG-1, ORG-2), without an engine. */
class ProblemReportNoticesTest {

  static final String PROCESS = "pi-9";

  ProblemReportRepository reports = mock(ProblemReportRepository.class);
  Units units = mock(Units.class);
  Recipients recipients = mock(Recipients.class);
  NotificationOutbox outbox = mock(NotificationOutbox.class);
  SystemActions system = mock(SystemActions.class);
  ProblemReportNotices notices = new ProblemReportNotices(reports, units, recipients, outbox, system,
      cn.qijin.support.TestOrganisation.unrecorded());

  Unit unit = mock(Unit.class);
  ProblemReport report = new ProblemReport(3L, 11L, "消防通道堵塞", "仓库后门", "安全隐患", PROCESS, "unit-staff",
      Instant.parse("2017-08-10T02:00:00Z"), LocalDate.of(2017, 8, 17));

  @BeforeEach
  @SuppressWarnings("unchecked")
  void world() {
    ReflectionTestUtils.setField(report, "id", 21L);
    when(reports.ofProcess(PROCESS)).thenReturn(report);
    when(unit.getName()).thenReturn("某厂");
    when(units.find(11L)).thenReturn(Optional.of(unit));
    when(recipients.ofUnit(unit)).thenReturn(Set.of("unit@example.cn"));
    when(recipients.ofGroup(any())).thenAnswer(call -> Set.of(call.getArgument(0) + "@example.cn"));
    when(system.run(any(Supplier.class))).thenAnswer(call -> ((Supplier<Object>) call.getArgument(0)).get());
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2017-08-15T02:00:00Z")));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  @DisplayName("ORG-1: the office's answer goes to the unit, which has 5 days to read it")
  void the_office_answer_goes_back_to_the_unit() {
    report.answerByOffice("已督促整改", "office", Instant.parse("2017-08-14T02:00:00Z"));

    ProblemReportNotices.Reply reply = notices.sendReply(PROCESS);

    assertThat(reply).isEqualTo(new ProblemReportNotices.Reply("活动办公室答复", "已督促整改", LocalDate.of(2017, 8, 20)));
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(outbox).enqueue(eq("PROBLEM_REPORT_REPLY:21"), eq("PROBLEM_REPORT_REPLY"), eq(null),
        eq(Set.of("unit@example.cn")), eq("【七进】上报问题答复：消防通道堵塞"), body.capture());
    assertThat(body.getValue()).startsWith("某厂：\n\n贵单位于 2017-08-10 上报的问题“消防通道堵塞”已有答复（活动办公室答复）")
        .contains("请于 2017-08-20 前登录任务列表阅知答复");
  }

  @Test
  @DisplayName("ORG-1: a referred report's answer is the leadership group's decision")
  void a_referred_report_is_answered_by_the_leadership() {
    report.referToLeadership("涉及多个部门", "office", Instant.parse("2017-08-12T02:00:00Z"));
    report.decideByLeadership("由住建部门牵头整改", "leader", Instant.parse("2017-08-14T02:00:00Z"));
    ProblemReportNotices.Reply reply = notices.sendReply(PROCESS);
    assertThat(reply.source()).isEqualTo("领导小组研究决定");
    assertThat(reply.answer()).isEqualTo(report.answer());
  }

  @Test
  @DisplayName("ORG-2: an unhandled report reminds the office once")
  void an_unhandled_report_reminds_the_office() {
    notices.remindOverdue(PROCESS, ProblemReportProcess.HANDLE_TASK, "处理上报问题");
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(outbox).enqueue(eq("PROBLEM_REPORT_OVERDUE:21:HandleProblemTask"), eq("PROBLEM_REPORT_OVERDUE"), eq(null),
        eq(Set.of(Roles.OFFICE + "@example.cn")), eq("【七进】上报问题办理逾期：消防通道堵塞"), body.capture());
    assertThat(body.getValue()).isEqualTo("单位上报的问题“消防通道堵塞”（某厂，安全隐患）已超过处理期限，尚未答复或提请领导小组研究。"
        + "请登录任务列表办理“处理上报问题”。");
  }

  @Test
  @DisplayName("ORG-1: an undecided referral reminds the leadership group")
  void an_undecided_referral_reminds_the_leadership() {
    notices.remindOverdue(PROCESS, ProblemReportProcess.DECIDE_TASK, "研究决定");
    ArgumentCaptor<String> body = ArgumentCaptor.forClass(String.class);
    verify(outbox).enqueue(eq("PROBLEM_REPORT_OVERDUE:21:LeadershipDecisionTask"), eq("PROBLEM_REPORT_OVERDUE"),
        eq(null), eq(Set.of(Roles.LEADERSHIP + "@example.cn")), any(), body.capture());
    assertThat(body.getValue()).contains("已超过研究决定期限，尚未作出决定");
  }
}
