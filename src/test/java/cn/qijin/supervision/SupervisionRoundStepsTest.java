package cn.qijin.supervision;

import cn.qijin.supervision.internal.SupervisionRound;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doThrow;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntries;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditTrail;
import cn.qijin.audit.ProcessStep;
import cn.qijin.kernel.InvalidInputException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.time.Instant;
import java.util.List;
import java.time.LocalDate;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

/** Issue 13 part 3: the leadership's decision on a 通报 (ORG-1) and the upward report (ORG-2), without an engine. */
class SupervisionRoundStepsTest {

  static final String PROCESS = "pi-round";
  static final Instant NOW = Instant.parse("2017-10-12T02:00:00Z");
  static final ProcessStep LEADER = new ProcessStep("leader", PROCESS, "t-1", "审定通报", 1L, null, null);

  SupervisionRounds rounds = mock(SupervisionRounds.class);
  NoticeAtApproval atApproval = mock(NoticeAtApproval.class);
  SupervisionProperties properties = new SupervisionProperties(7, 9, 10, 5, 5, 2, 3, 15);
  AuditTrail audit = mock(AuditTrail.class);
  SupervisionRoundSteps steps = new SupervisionRoundSteps(rounds, atApproval, properties, new ObjectMapper(),
      audit);

  SupervisionRound round = new SupervisionRound(1L, "2017Q3", "office", Instant.parse("2017-10-08T01:00:00Z"));

  @BeforeEach
  void world() {
    ReflectionTestUtils.setField(round, "id", 4L);
    when(rounds.ofProcess(PROCESS)).thenReturn(round);
    ClockUtil.setCurrentTime(Date.from(NOW));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  AuditEntry audited() {
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    return entry.getValue();
  }

  @Test
  @DisplayName("ORG-1: an approved 通报 is fixed at the state of approval and issued today")
  void an_approval_fixes_the_notice_and_issues_it_today() {
    assertThat(steps.decideNotice(PROCESS, true, "同意印发", LEADER)).isEmpty();
    verify(atApproval).apply(round, NOW);
    assertThat(round.getApprovedBy()).isEqualTo("leader");
    assertThat(round.getIssueDate()).isEqualTo(LocalDate.of(2017, 10, 12));
    assertThat(round.getLeadershipOpinion()).isEqualTo("同意印发");
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.NOTICE_APPROVED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("同意印发");
  }

  @Test
  @DisplayName("ORG-1: an approval the changed facts contradict is refused, and nothing is recorded")
  void an_approval_contradicted_by_the_facts_is_refused() {
    doThrow(new InvalidInputException("通报起草后情况已变化")).when(atApproval).apply(eq(round), any());
    assertThatThrownBy(() -> steps.decideNotice(PROCESS, true, null, LEADER)).isInstanceOf(InvalidInputException.class);
    assertThat(round.getApprovedBy()).isNull();
    verifyNoInteractions(audit);
  }

  @Test
  @DisplayName("ORG-1: a returned 通报 is resummarised and due again after the draft days")
  void a_return_is_resummarised_and_redrafted() {
    assertThat(steps.decideNotice(PROCESS, false, "数据需核实", LEADER)).contains(LocalDate.of(2017, 10, 22));
    assertThat(round.getState()).isEqualTo(RoundState.RETURNED);
    assertThat(round.getReturnCount()).isEqualTo(1);
    verify(atApproval).resummarise(round, NOW);
    verify(atApproval, never()).apply(any(), any());
    assertThat(AuditEntries.action(audited())).isEqualTo(AuditAction.NOTICE_RETURNED);
  }

  @Test
  @DisplayName("ORG-1: a 通报 is not returned without an opinion")
  void a_return_without_an_opinion_is_refused_in_chinese() {
    assertThatThrownBy(() -> steps.decideNotice(PROCESS, false, null, LEADER))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请填写退回修改意见");
    assertThat(round.getReturnCount()).isZero();
    verifyNoInteractions(audit, atApproval);
  }

  @Test
  @DisplayName("ORG-2: the upward report is recorded on the round with who and when")
  void the_upward_report_is_recorded() {
    steps.reportUpward(PROCESS, new UpwardReport("市安委办", LocalDate.of(2017, 10, 15), "公文交换", "安宣〔2017〕9号",
        null), new ProcessStep("office", PROCESS, "t-2", "上报", 1L, null, null));
    assertThat(round.getReportedTo()).isEqualTo("市安委办");
    assertThat(round.getReportedBy()).isEqualTo("office");
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.REPORTED_UPWARD);
    assertThat(AuditEntries.detail(entry)).isEqualTo("2017-10-15 以公文交换报送市安委办（安宣〔2017〕9号）");
  }

  @Test
  @DisplayName("ORG-2: a checked draft is kept on the round, and the leadership group's approval is due in 5 days")
  void a_draft_is_kept_and_due_for_approval() {
    QuarterSummary summary = mock(QuarterSummary.class);
    when(summary.venues()).thenReturn(List.of());
    when(rounds.summaryOf(round)).thenReturn(summary);

    SupervisionRoundSteps.Drafted drafted = steps.draftNotice(PROCESS, """
        {"documentNumber":"安宣〔2017〕9号","title":"关于第三季度活动情况的通报","addressee":"各参加单位",
         "body":"第三季度各单位按期开展活动。","commended":[],"named":[]}""",
        new ProcessStep("office", PROCESS, "t-0", "梳理、通报", 1L, null, null));

    assertThat(drafted).isEqualTo(new SupervisionRoundSteps.Drafted("关于第三季度活动情况的通报", LocalDate.of(2017, 10, 17)));
    assertThat(round.getDocumentNumber()).isEqualTo("安宣〔2017〕9号");
    assertThat(round.getDraftedBy()).isEqualTo("office");
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.NOTICE_DRAFTED);
    assertThat(AuditEntries.detail(entry)).isEqualTo("安宣〔2017〕9号 关于第三季度活动情况的通报");
  }

  @Test
  @DisplayName("ORG-2: an empty draft is refused in Chinese")
  void an_empty_draft_is_refused_in_chinese() {
    assertThatThrownBy(() -> steps.draftNotice(PROCESS, " ", LEADER))
        .isInstanceOf(InvalidInputException.class).hasMessageContaining("请起草通报内容");
    verifyNoInteractions(audit);
  }
}
