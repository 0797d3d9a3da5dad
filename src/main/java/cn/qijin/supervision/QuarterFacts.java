package cn.qijin.supervision;

import cn.qijin.checklist.ChecklistProgress;
import cn.qijin.checklist.ProgressState;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.evidence.Evidence;
import cn.qijin.obligation.EscalationRecord;
import cn.qijin.obligation.Obligation;
import cn.qijin.kernel.Quarter;
import jakarta.persistence.EntityManager;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** The records a quarter's aggregation reads, fetched once per campaign and quarter (no per-unit queries). */
@Component
class QuarterFacts {

  private final EntityManager em;

  QuarterFacts(EntityManager em) {
    this.em = em;
  }

  record Loaded(Map<Long, List<ChecklistProgress>> checklistByUnit, Map<Long, List<Obligation>> obligationsByUnit,
      Map<Long, List<EscalationRecord>> escalationsByObligation, Map<Long, Long> evidenceFilesByUnit,
      List<Obligation> allObligations) {}

  Loaded load(Long campaignId, Quarter quarter) {
    Instant from = CampaignClock.startOfDay(quarter.start()).toInstant();
    // half-open [start of the quarter's first day, start of the next quarter's first day): no instant falls between
    Instant to = CampaignClock.startOfDay(quarter.end().plusDays(1)).toInstant();
    List<ChecklistProgress> checklist = em.createQuery(
        "select p from ChecklistProgress p where p.campaignId = :c", ChecklistProgress.class)
        .setParameter("c", campaignId).getResultList();
    List<Obligation> obligations = em.createQuery(
        "select o from Obligation o where o.campaignId = :c order by o.unitId, o.periodCode, o.id", Obligation.class)
        .setParameter("c", campaignId).getResultList();
    List<EscalationRecord> escalations = em.createQuery(
        "select e from EscalationRecord e where e.obligationId in "
            + "(select o.id from Obligation o where o.campaignId = :c and o.quarterCode = :q) order by e.level",
        EscalationRecord.class)
        .setParameter("c", campaignId).setParameter("q", quarter.code()).getResultList();
    Map<Long, Long> files = em.createQuery("select e from Evidence e where e.campaignId = :c", Evidence.class)
        .setParameter("c", campaignId).getResultList().stream()
        .collect(Collectors.groupingBy(Evidence::getUnitId, Collectors.summingLong(e -> e.getFiles().stream()
            .filter(f -> !f.getAddedAt().isBefore(from) && f.getAddedAt().isBefore(to)).count())));
    return new Loaded(
        checklist.stream().collect(Collectors.groupingBy(ChecklistProgress::getUnitId)),
        obligations.stream().filter(o -> o.getQuarterCode().equals(quarter.code()))
            .collect(Collectors.groupingBy(Obligation::getUnitId)),
        escalations.stream().collect(Collectors.groupingBy(EscalationRecord::getObligationId)),
        files,
        obligations);
  }

  /** Accepted before {@code end}, the first instant after the quarter. */
  static boolean acceptedBy(ChecklistProgress p, Instant end) {
    return p.getState() == ProgressState.ACCEPTED && p.getReviewedAt() != null && p.getReviewedAt().isBefore(end);
  }
}
