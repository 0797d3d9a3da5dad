package cn.qijin.supervision;

import cn.qijin.checklist.ChecklistProgress;
import cn.qijin.checklist.ChecklistQueries;
import cn.qijin.checklist.ProgressState;
import cn.qijin.evidence.EvidenceService;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.Quarter;
import cn.qijin.obligation.EscalationRecord;
import cn.qijin.obligation.Obligation;
import cn.qijin.obligation.ObligationQueries;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The records a quarter's aggregation reads, fetched once per campaign and quarter (no per-unit queries). */
@Component
class QuarterFacts {

  private final ChecklistQueries checklist;
  private final ObligationQueries obligations;
  private final EvidenceService evidence;

  QuarterFacts(ChecklistQueries checklist, ObligationQueries obligations, EvidenceService evidence) {
    this.checklist = checklist;
    this.obligations = obligations;
    this.evidence = evidence;
  }

  record Loaded(Map<Long, List<ChecklistProgress>> checklistByUnit, Map<Long, List<Obligation>> obligationsByUnit,
      Map<Long, List<EscalationRecord>> escalationsByObligation, Map<Long, Long> evidenceFilesByUnit,
      List<Obligation> allObligations) {}

  Loaded load(Long campaignId, Quarter quarter) {
    Instant from = CampaignClock.startOfDay(quarter.start()).toInstant();
    // half-open [start of the quarter's first day, start of the next quarter's first day): no instant falls between
    Instant to = CampaignClock.startOfDay(quarter.end().plusDays(1)).toInstant();
    List<Obligation> all = obligations.obligationsOf(campaignId);
    return new Loaded(
        checklist.progressOf(campaignId).stream().collect(Collectors.groupingBy(ChecklistProgress::getUnitId)),
        all.stream().filter(o -> o.getQuarterCode().equals(quarter.code()))
            .collect(Collectors.groupingBy(Obligation::getUnitId)),
        obligations.escalationsIn(campaignId, quarter.code()).stream()
            .collect(Collectors.groupingBy(EscalationRecord::getObligationId)),
        evidence.filesAddedPerUnit(campaignId, from, to),
        all);
  }

  /** Accepted before {@code end}, the first instant after the quarter. */
  static boolean acceptedBy(ChecklistProgress p, Instant end) {
    return p.getState() == ProgressState.ACCEPTED && p.getReviewedAt() != null && p.getReviewedAt().isBefore(end);
  }
}
