package cn.qijin.dashboard;

import cn.qijin.checklist.ChecklistItem;
import cn.qijin.checklist.ChecklistProgress;
import cn.qijin.checklist.ChecklistQueries;
import cn.qijin.checklist.ProgressState;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.obligation.Obligation;
import cn.qijin.obligation.ObligationDefinition;
import cn.qijin.obligation.ObligationQueries;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** ORG-2, REC-2: what the units handed in and the office has not answered yet, most overdue first. */
@Component
class PendingReviews {

  private final ObligationQueries obligations;
  private final ChecklistQueries checklist;
  private final Units units;

  PendingReviews(ObligationQueries obligations, ChecklistQueries checklist, Units units) {
    this.obligations = obligations;
    this.checklist = checklist;
    this.units = units;
  }

  List<Dashboard.PendingReview> of(Long campaignId, LocalDate today) {
    Map<Long, Unit> unitById = units.all().stream().collect(Collectors.toMap(Unit::getId, Function.identity()));
    Map<Long, ObligationDefinition> definitionById = obligations.definitionsOf(campaignId).stream()
        .collect(Collectors.toMap(ObligationDefinition::getId, Function.identity()));
    List<Dashboard.PendingReview> pending = new ArrayList<>();
    for (Obligation o : obligations.obligationsOf(campaignId)) {
      if (o.isAwaitingReview() && o.getReviewDueAt() != null) {
        ObligationDefinition d = definitionById.get(o.getDefinitionId());
        pending.add(review("SESSION", "审核" + o.period().recurrence().chineseName() + "活动", unitById.get(o.getUnitId()),
            d.getCode() + " " + o.period().chineseName() + (Boolean.TRUE.equals(o.getSubmittedOnTime()) ? "" : "（逾期提交）"),
            o.getAwaitingReviewSince(), o.getReviewDueAt(), o.getProcessInstanceId(), today));
      }
    }
    Map<Long, ChecklistItem> itemById = checklist.itemsOf(campaignId).stream()
        .collect(Collectors.toMap(ChecklistItem::getId, Function.identity()));
    for (ChecklistProgress row : checklist.progressIn(campaignId, ProgressState.SUBMITTED)) {
      if (row.getReviewDueAt() != null) {
        ChecklistItem item = itemById.get(row.getItemId());
        pending.add(review("CHECKLIST", "审核落实情况", unitById.get(row.getUnitId()),
            item.getCode() + " " + item.getTitle(), row.getSubmittedAt(), row.getReviewDueAt(),
            row.getProcessInstanceId(), today));
      }
    }
    pending.sort(Comparator.comparingLong(Dashboard.PendingReview::daysOverdue).reversed()
        .thenComparing(Dashboard.PendingReview::reviewDueDate).thenComparing(Dashboard.PendingReview::unitCode));
    return pending;
  }

  private static Dashboard.PendingReview review(String kind, String kindName, Unit unit, String subject,
      Instant submittedAt, Instant dueAt, String processInstanceId, LocalDate today) {
    LocalDate dueDay = LocalDate.ofInstant(dueAt, CampaignClock.ZONE);
    return new Dashboard.PendingReview(kind, kindName, unit.getCode(), unit.getName(), subject,
        LocalDate.ofInstant(submittedAt, CampaignClock.ZONE), dueDay, Math.max(0, ChronoUnit.DAYS.between(dueDay, today)),
        processInstanceId);
  }
}
