package cn.qijin.consolidation;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import java.time.Instant;
import java.time.LocalDate;

/** A standing rule (常态化制度) with the good example it was made from, when there is one. */
public record StandingRuleView(Long id, Long campaignId, String title, String text, LocalDate effectiveDate,
    Long sourceExampleId, String sourceExampleTitle, String origin, String originName, String createdBy,
    Instant createdAt) {

  static StandingRuleView of(ConsolidationRecord r, ConsolidationRecord example) {
    return new StandingRuleView(r.getId(), r.getCampaignId(), r.getTitle(), r.getDetail(), r.getEffectiveDate(),
        r.getSourceExampleId(), example == null ? null : example.getTitle(), r.getOrigin().name(),
        r.getOrigin().chineseName(), r.getCreatedBy(), r.getCreatedAt());
  }
}
