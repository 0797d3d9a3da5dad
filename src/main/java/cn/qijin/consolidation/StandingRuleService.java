package cn.qijin.consolidation;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** PH-3: good practices become standing rules (常态化管理制度), each linked to the good example it came from. */
@Service
public class StandingRuleService {

  private static final Logger LOG = LoggerFactory.getLogger(StandingRuleService.class);

  private final ConsolidationRecordRepository records;
  private final GoodExampleService examples;
  private final AuditTrail audit;

  public StandingRuleService(ConsolidationRecordRepository records, GoodExampleService examples, AuditTrail audit) {
    this.records = records;
    this.examples = examples;
    this.audit = audit;
  }

  @Transactional
  public StandingRuleView fromExample(Long exampleId, StandingRuleRequest request, String userId) {
    ConsolidationRecord example = examples.example(exampleId);
    records.findFirstBySourceExampleId(exampleId).ifPresent(rule -> {
      throw new InvalidInputException("该典型经验已形成常态化制度“" + rule.getTitle() + "”（编号 " + rule.getId() + "）");
    });
    String title = ConsolidationService.required(request.title(), "制度名称", 200);
    String text = ConsolidationService.required(request.text(), "制度内容", 4000);
    if (request.effectiveDate() == null) {
      throw new InvalidInputException("请填写施行日期");
    }
    ConsolidationRecord rule = records.save(new ConsolidationRecord(example.getCampaignId(), RecordKind.STANDING_RULE,
        ConsolidationRecord.Origin.DIRECT, title, text, userId, CampaignClock.now())
        .effectiveFrom(request.effectiveDate()).madeFrom(example.getId()).forUnit(example.getUnitId()));
    LOG.info("Standing rule {} made from good example {} by {}", rule.getId(), exampleId, userId);
    audit.record(AuditEntry.of(AuditAction.STANDING_RULE_ESTABLISHED, AuditSubject.CONSOLIDATION_RECORD, rule.getId())
        .by(userId).campaign(rule.getCampaignId()).unit(rule.getUnitId())
        .detail(title + "（自 " + request.effectiveDate() + " 起施行，源自典型经验 " + exampleId + "）"));
    return StandingRuleView.of(rule, example);
  }

  @Transactional(readOnly = true)
  public List<StandingRuleView> list(Long campaignId) {
    return records.findAll(Sort.by("campaignId", "id")).stream()
        .filter(r -> r.getKind() == RecordKind.STANDING_RULE)
        .filter(r -> campaignId == null || campaignId.equals(r.getCampaignId()))
        .map(r -> StandingRuleView.of(r, r.getSourceExampleId() == null ? null
            : records.findById(r.getSourceExampleId()).orElse(null)))
        .toList();
  }
}
