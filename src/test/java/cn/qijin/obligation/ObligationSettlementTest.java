package cn.qijin.obligation;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.when;

import cn.qijin.obligation.internal.EscalationRecordEntity;
import cn.qijin.obligation.internal.EscalationRecordRepository;
import cn.qijin.obligation.internal.ObligationDefinitionRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.util.Date;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Issue 13; REC-1, PH-3: when an obligation counts as settled for the campaign's end, and when the campaign looks
 * again — repositories mocked, no engine, no database.
 */
class ObligationSettlementTest {

  ObligationRepository obligations;
  EscalationRecordRepository escalations;
  ObligationSettlement settlement;

  @BeforeEach
  void repositories() {
    obligations = mock(ObligationRepository.class);
    escalations = mock(EscalationRecordRepository.class);
    settlement = new ObligationSettlement(obligations, escalations, mock(ObligationDefinitionRepository.class),
        mock(Units.class));
  }

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  static ObligationEntity obligation(long id, boolean closed, int level, boolean awaitingReview) {
    ObligationEntity o = mock(ObligationEntity.class);
    when(o.getId()).thenReturn(id);
    when(o.isClosed()).thenReturn(closed);
    when(o.getEscalationLevel()).thenReturn(level);
    when(o.isAwaitingReview()).thenReturn(awaitingReview);
    return o;
  }

  EscalationRecordEntity talk(Instant outcomeAt) {
    EscalationRecordEntity record = mock(EscalationRecordEntity.class);
    when(record.getOutcomeAt()).thenReturn(outcomeAt);
    return record;
  }

  @Test
  void fulfilled_or_exempted_obligations_are_settled() {
    List<ObligationEntity> held = List.of(obligation(1, true, 0, false), obligation(2, true, 3, false));
    when(obligations.findByCampaignIdOrderByUnitIdAscPeriodCodeAsc(1L)).thenReturn(held);
    assertThat(settlement.allSettled(1L)).isTrue();
    verifyNoInteractions(escalations);
  }

  @Test
  void an_open_obligation_below_the_top_of_the_ladder_keeps_the_campaign_open() {
    List<ObligationEntity> held = List.of(obligation(1, true, 0, false), obligation(2, false, 2, false));
    when(obligations.findByCampaignIdOrderByUnitIdAscPeriodCodeAsc(1L)).thenReturn(held);
    assertThat(settlement.allSettled(1L)).isFalse();
  }

  @Test
  void a_lapsed_obligation_is_settled_only_once_the_leadership_groups_talk_is_recorded() {
    List<ObligationEntity> held = List.of(obligation(2, false, 3, false));
    when(obligations.findByCampaignIdOrderByUnitIdAscPeriodCodeAsc(1L)).thenReturn(held);
    when(escalations.findByObligationIdAndLevel(2L, 3)).thenReturn(Optional.empty());
    assertThat(settlement.allSettled(1L)).as("no record").isFalse();
    {
      EscalationRecordEntity record = talk(null);
      when(escalations.findByObligationIdAndLevel(2L, 3)).thenReturn(Optional.of(record));
    }
    assertThat(settlement.allSettled(1L)).as("talk not yet recorded").isFalse();
    {
      EscalationRecordEntity record = talk(Instant.parse("2018-10-20T02:00:00Z"));
      when(escalations.findByObligationIdAndLevel(2L, 3)).thenReturn(Optional.of(record));
    }
    assertThat(settlement.allSettled(1L)).isTrue();
  }

  @Test
  void a_session_waiting_for_the_offices_review_is_not_settled_even_after_the_talk() {
    List<ObligationEntity> held = List.of(obligation(2, false, 3, true));
    when(obligations.findByCampaignIdOrderByUnitIdAscPeriodCodeAsc(1L)).thenReturn(held);
    {
      EscalationRecordEntity record = talk(Instant.parse("2018-10-20T02:00:00Z"));
      when(escalations.findByObligationIdAndLevel(2L, 3)).thenReturn(Optional.of(record));
    }
    assertThat(settlement.allSettled(1L)).isFalse();
  }

  @Test
  void a_campaign_without_obligations_is_settled() {
    List<ObligationEntity> held = List.of();
    when(obligations.findByCampaignIdOrderByUnitIdAscPeriodCodeAsc(1L)).thenReturn(held);
    assertThat(settlement.allSettled(1L)).isTrue();
  }

  @Test
  void the_next_check_is_at_one_in_the_morning_of_the_next_shanghai_day() {
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2018-10-08T10:00:00Z"))); // 18:00 in Shanghai
    assertThat(settlement.nextCheckAt().toInstant()).isEqualTo(Instant.parse("2018-10-08T17:00:00Z"));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2018-12-31T16:30:00Z"))); // already 1 January, 00:30
    assertThat(settlement.nextCheckAt().toInstant()).as("the day after Shanghai's today")
        .isEqualTo(Instant.parse("2019-01-01T17:00:00Z"));
  }
}
