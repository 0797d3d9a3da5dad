package cn.qijin.consolidation;

import cn.qijin.consolidation.internal.SelfSummary;
import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import cn.qijin.audit.ProcessStep;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.UnitProcessSubjects;
import cn.qijin.consolidation.internal.SelfSummaryRepository;
import cn.qijin.unit.Unit;
import java.time.Instant;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 13 part 3: PH-3's self-summary is kept for the unit of its process, without Spring or an engine. */
class SelfSummariesTest {

  SelfSummaryRepository repository = mock(SelfSummaryRepository.class);
  UnitProcessSubjects subjects = mock(UnitProcessSubjects.class);
  SelfSummaries summaries = new SelfSummaries(repository, subjects);

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void the_summary_is_kept_for_the_unit_of_the_process_with_who_and_when() {
    Campaign campaign = mock(Campaign.class);
    when(campaign.getId()).thenReturn(1L);
    Unit unit = mock(Unit.class);
    when(unit.getId()).thenReturn(11L);
    when(subjects.of("1-11")).thenReturn(new UnitProcessSubjects.Subject(campaign, unit));
    when(repository.save(any())).thenAnswer(call -> call.getArgument(0));
    ClockUtil.setCurrentTime(Date.from(Instant.parse("2017-11-20T02:00:00Z")));

    SelfSummary kept = summaries.keep("1-11", new SelfSummaries.Written("全年开展活动 12 次", null, "宣传覆盖不足"),
        new ProcessStep("unit-staff", "pi-unit", "t-3", "自查总结", 1L, 11L, "ENT01"));

    assertThat(kept.getCampaignId()).isEqualTo(1L);
    assertThat(kept.getUnitId()).isEqualTo(11L);
    assertThat(kept.getSummaryText()).isEqualTo("全年开展活动 12 次");
    assertThat(kept.getHighlights()).isNull();
    assertThat(kept.getProblems()).isEqualTo("宣传覆盖不足");
    assertThat(kept.getSubmittedBy()).isEqualTo("unit-staff");
    assertThat(kept.getSubmittedAt()).isEqualTo(Instant.parse("2017-11-20T02:00:00Z"));
  }
}
