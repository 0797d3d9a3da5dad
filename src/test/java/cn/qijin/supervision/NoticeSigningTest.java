package cn.qijin.supervision;

import cn.qijin.supervision.internal.SupervisionRound;
import cn.qijin.supervision.internal.NoticeAcknowledgement;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntries;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditTrail;
import cn.qijin.audit.ProcessStep;
import cn.qijin.kernel.UnitGroups;
import cn.qijin.supervision.internal.NoticeAcknowledgementRepository;
import cn.qijin.unit.TestUnits;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.test.util.ReflectionTestUtils;

/** Issue 13 part 3: a unit signs a supervision round's 通报, on time or late, without Spring or an engine. */
class NoticeSigningTest {

  static final String PROCESS = "pi-round";
  static final Instant DUE = Instant.parse("2017-10-20T15:59:59Z");
  static final ProcessStep STEP = new ProcessStep("unit-staff", PROCESS, "t-9", "签收通报", 1L, null, "ENT01");

  NoticeAcknowledgementRepository acknowledgements = mock(NoticeAcknowledgementRepository.class);
  SupervisionRounds rounds = mock(SupervisionRounds.class);
  Units units = mock(Units.class);
  AuditTrail audit = mock(AuditTrail.class);
  NoticeSigning signing = new NoticeSigning(acknowledgements, rounds, units, audit);

  Unit unit = TestUnits.unit("ENT01", Instant.parse("2017-01-01T00:00:00Z"));
  NoticeAcknowledgement ack = new NoticeAcknowledgement(4L, 11L, DUE);

  @BeforeEach
  void world() {
    ReflectionTestUtils.setField(unit, "id", 11L);
    when(units.findByCode("ENT01")).thenReturn(Optional.of(unit));
    SupervisionRound round = mock(SupervisionRound.class);
    when(round.getId()).thenReturn(4L);
    when(rounds.ofProcess(PROCESS)).thenReturn(round);
    when(acknowledgements.findByRoundIdAndUnitId(4L, 11L)).thenReturn(Optional.of(ack));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static void now(String instant) {
    ClockUtil.setCurrentTime(Date.from(Instant.parse(instant)));
  }

  AuditEntry audited() {
    ArgumentCaptor<AuditEntry> entry = ArgumentCaptor.forClass(AuditEntry.class);
    verify(audit).record(entry.capture());
    return entry.getValue();
  }

  @Test
  void the_unit_of_the_tasks_candidate_group_signs_on_time() {
    now("2017-10-18T02:00:00Z");
    assertThat(signing.sign(PROCESS, List.of("office", unit.groupId()), "组织学习", STEP)).isFalse();
    assertThat(ack.isAcknowledged()).isTrue();
    assertThat(ack.getAcknowledgedBy()).isEqualTo("unit-staff");
    assertThat(ack.getComment()).isEqualTo("组织学习");
    AuditEntry entry = audited();
    assertThat(AuditEntries.action(entry)).isEqualTo(AuditAction.NOTICE_ACKNOWLEDGED);
    assertThat(AuditEntries.subjectId(entry)).isEqualTo("4");
    assertThat(AuditEntries.detail(entry)).isEqualTo("按期签收：组织学习");
  }

  @Test
  void a_signature_after_the_due_date_is_late() {
    now("2017-10-22T02:00:00Z");
    assertThat(signing.sign(PROCESS, List.of(unit.groupId()), null, STEP)).isTrue();
    assertThat(ack.isLate()).isTrue();
    assertThat(AuditEntries.detail(audited())).isEqualTo("逾期签收");
  }

  @Test
  void a_task_without_a_unit_group_cannot_be_signed() {
    assertThatThrownBy(() -> signing.sign(PROCESS, List.of("office"), null, STEP))
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("Task t-9 has no unit group");
    verifyNoInteractions(audit);
  }

  @Test
  void the_group_names_the_unit_not_a_variable() {
    assertThat(UnitGroups.unitCodeOf(unit.groupId())).contains("ENT01");
  }
}
