package cn.qijin.consolidation;

import cn.qijin.consolidation.internal.SelfSummary;
import cn.qijin.audit.ProcessStep;
import cn.qijin.campaign.UnitProcessSubjects;
import cn.qijin.consolidation.internal.SelfSummaryRepository;
import cn.qijin.kernel.CampaignClock;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** PH-3: a unit's self-summary (自查总结), kept for the unit of its process (identified by its business key). */
@Service
@Transactional
public class SelfSummaries {

  private final SelfSummaryRepository summaries;
  private final UnitProcessSubjects subjects;

  public SelfSummaries(SelfSummaryRepository summaries, UnitProcessSubjects subjects) {
    this.summaries = summaries;
    this.subjects = subjects;
  }

  /** What the unit wrote: the summary, and optionally its good practice and its problems with their remedies. */
  public record Written(String text, String highlights, String problems) {}

  public SelfSummary keep(String unitProcessBusinessKey, Written written, ProcessStep step) {
    var subject = subjects.of(unitProcessBusinessKey);
    return summaries.save(new SelfSummary(subject.campaign().getId(), subject.unit().getId(), written.text(),
        written.highlights(), written.problems(), step.actorOrSystem(), CampaignClock.now()));
  }
}
