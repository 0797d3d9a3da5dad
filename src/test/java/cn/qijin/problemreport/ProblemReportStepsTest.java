package cn.qijin.problemreport;

import cn.qijin.problemreport.internal.ProblemReport;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntries;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditTrail;
import cn.qijin.audit.ProcessStep;
import cn.qijin.campaign.Campaign;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.security.AccessRules;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.TestUnits;
import cn.qijin.unit.Unit;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Date;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

/** Issue 13 part 3: the rules of a reported problem's steps (ORG-1, ORG-2) without Spring or an engine. */
class ProblemReportStepsTest {

  static final String PROCESS = "pi-9";
  static final ProcessStep OFFICE = new ProcessStep("office", PROCESS, "t-1", "处理上报问题", 3L, 11L, "ENT01");

  ReportingUnit reporting = mock(ReportingUnit.class);
  ProblemReportRepository reports = mock(ProblemReportRepository.class);
  EvidenceRecorder evidence = mock(EvidenceRecorder.class);
  AccessRules access = mock(AccessRules.class);
  SystemActions system = mock(SystemActions.class);
  AuditTrail audit = mock(AuditTrail.class);
  ProblemReportSteps steps = new ProblemReportSteps(reporting, reports, evidence, access, system, audit);

  Unit unit = TestUnits.unit("ENT01", Instant.parse("2017-01-01T00:00:00Z"));
  Campaign campaign = mock(Campaign.class);
  ReportingUnit.Reporter reporter = new ReportingUnit.Reporter("unit-staff", unit, campaign);

  @BeforeEach
  void world() {
    ReflectionTestUtils.setField(unit, "id", 11L);
    when(campaign.getId()).thenReturn(3L);
    when(reports.save(any())).thenAnswer(call -> {
      ReflectionTestUtils.setField((Object) call.getArgument(0), "id", 21L);
      return call.getArgument(0);
    });
    doAnswer(call -> {
      ((Runnable) call.getArgument(0)).run();
      return null;
    }).when(system).run(any(Runnable.class));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2017-08-15T02:00:00Z")));
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

  ProblemReport reported() {
    ProblemReport report = new ProblemReport(3L, 11L, "消防通道堵塞", "仓库后门", "安全隐患", PROCESS, "unit-staff",
        Instant.parse("2017-08-10T02:00:00Z"), LocalDate.of(2017, 8, 17));
    ReflectionTestUtils.setField(report, "id", 21L);
    when(reports.ofProcess(PROCESS)).thenReturn(report);
    return report;
  }

  @Test
  void the_reporter_is_the_users_unit_or_a_chinese_refusal() {
    when(reporting.of("unit-staff")).thenReturn(reporter);
    when(reporting.of(null)).thenThrow(new InvalidInputException("请先登录后再上报问题"));
    assertThat(steps.reporter("unit-staff")).isSameAs(reporter);
    assertThatThrownBy(() -> steps.reporter(null)).hasMessageContaining("请先登录后再上报问题");
  }

  @Test
  @DisplayName("ORG-1: a filed problem is due for handling in 7 days, keeps its evidence and is readable by the unit")
  void a_filed_problem_has_its_due_date_evidence_and_unit_access() {
    Evidence files = mock(Evidence.class);
    when(files.getId()).thenReturn(77L);
    when(evidence.forProblemReport(any(), eq("u1"))).thenReturn(Optional.of(files));

    ProblemReportSteps.FiledProblem filed = steps.file(reporter,
        new ProblemReportSteps.NewProblem("消防通道堵塞", "仓库后门", "安全隐患", "u1"), PROCESS);

    assertThat(filed.reportedOn()).isEqualTo(LocalDate.of(2017, 8, 15));
    assertThat(filed.handlingDue()).isEqualTo(LocalDate.of(2017, 8, 22));
    assertThat(filed.businessKey()).isEqualTo("campaign-3-ENT01-problem-21");
    assertThat(filed.evidenceId()).contains(77L);
    assertThat(filed.report().getEvidenceId()).isEqualTo(77L);
    assertThat(filed.report().getReportedBy()).isEqualTo("unit-staff");
    assertThat(filed.report().getHandlingDueDate()).isEqualTo(LocalDate.of(2017, 8, 22));
    assertThat(filed.report().getState()).isEqualTo(ProblemReportState.REPORTED);
    verify(access).grantUnitInstance(unit.groupId(), PROCESS);
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.PROBLEM_REPORTED);
    assertThat(AuditEntries.actor(entry)).isEqualTo("unit-staff");
    assertThat(AuditEntries.detail(entry)).isEqualTo("【安全隐患】消防通道堵塞");
  }

  @Test
  void a_problem_without_files_has_no_evidence() {
    when(evidence.forProblemReport(any(), any())).thenReturn(Optional.empty());
    ProblemReportSteps.FiledProblem filed = steps.file(reporter,
        new ProblemReportSteps.NewProblem("消防通道堵塞", "仓库后门", "安全隐患", null), PROCESS);
    assertThat(filed.evidenceId()).isEmpty();
    assertThat(filed.report().getEvidenceId()).isNull();
  }

  @Test
  @DisplayName("ORG-2: the office answers the report itself, with who and when")
  void the_office_answers() {
    ProblemReport report = reported();
    steps.answerByOffice(PROCESS, "已督促整改", OFFICE);
    assertThat(report.getState()).isEqualTo(ProblemReportState.ANSWERED);
    assertThat(report.getOfficeReply()).isEqualTo("已督促整改");
    assertThat(report.getHandledBy()).isEqualTo("office");
    assertThat(report.getHandledAt()).isEqualTo(Instant.parse("2017-08-15T02:00:00Z"));
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.PROBLEM_REPORT_ANSWERED);
    assertThat(AuditEntries.taskName(entry)).isEqualTo("处理上报问题");
  }

  @Test
  @DisplayName("ORG-2, ORG-1: a referral gives the leadership group 15 days to decide")
  void a_referral_gives_the_leadership_fifteen_days() {
    ProblemReport report = reported();
    assertThat(steps.referToLeadership(PROCESS, "涉及多个部门", OFFICE)).isEqualTo(LocalDate.of(2017, 8, 30));
    assertThat(report.getState()).isEqualTo(ProblemReportState.REFERRED);
    assertThat(report.getReferralNote()).isEqualTo("涉及多个部门");
    assertThat(AuditEntries.action(audited())).isEqualTo(AuditAction.PROBLEM_REPORT_REFERRED);
  }

  @Test
  @DisplayName("ORG-1: the leadership group's decision answers a referred report")
  void the_leadership_decides() {
    ProblemReport report = reported();
    steps.referToLeadership(PROCESS, "涉及多个部门", OFFICE);
    steps.decideByLeadership(PROCESS, "由住建部门牵头整改", OFFICE);
    assertThat(report.getState()).isEqualTo(ProblemReportState.ANSWERED);
    assertThat(report.getDecision()).isEqualTo("由住建部门牵头整改");
    assertThat(report.getDecidedBy()).isEqualTo("office");
  }

  @Test
  @DisplayName("ORG-1: the unit's acknowledgement closes the report")
  void the_unit_acknowledges_the_reply() {
    ProblemReport report = reported();
    steps.answerByOffice(PROCESS, "已督促整改", OFFICE);
    steps.acknowledgeReply(PROCESS, "收到", new ProcessStep("unit-staff", PROCESS, "t-2", "阅知答复", 3L, 11L, "ENT01"));
    assertThat(report.getAcknowledgedBy()).isEqualTo("unit-staff");
    assertThat(report.getAcknowledgementComment()).isEqualTo("收到");
    verifyNoInteractions(access, evidence);
  }
}
