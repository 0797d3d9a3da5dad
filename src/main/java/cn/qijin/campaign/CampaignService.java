package cn.qijin.campaign;

import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.template.CampaignTemplate;
import cn.qijin.template.CampaignTemplates;
import cn.qijin.template.TemplateDocument;
import cn.qijin.template.TemplateParser;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Defines campaigns from templates and starts them. Every method is one transaction with the engine:
 * a refused request leaves nothing behind.
 */
@Service
public class CampaignService {

  private static final Logger LOG = LoggerFactory.getLogger(CampaignService.class);

  private final CampaignRepository campaigns;
  private final CampaignTemplates templates;
  private final TemplateParser parser;
  private final Units units;
  private final RuntimeService runtime;
  private final String defaultTemplate;
  private final AuditTrail audit;
  private final ApplicationEventPublisher events;

  public CampaignService(CampaignRepository campaigns, CampaignTemplates templates, TemplateParser parser,
      Units units, RuntimeService runtime, @Value("${qijin.default-template}") String defaultTemplate,
      AuditTrail audit, ApplicationEventPublisher events) {
    this.campaigns = campaigns;
    this.templates = templates;
    this.parser = parser;
    this.units = units;
    this.runtime = runtime;
    this.defaultTemplate = defaultTemplate;
    this.audit = audit;
    this.events = events;
  }

  @Transactional
  public Campaign define(CampaignRequest request, String userId) {
    CampaignTemplate template = template(request.templateCode(), request.templateVersion());
    TemplateDocument doc = parser.parse(template.getSource());
    CampaignSchedule schedule = new CampaignSchedule(
        or(request.ph1Start(), doc.phase("PH1").start()), or(request.ph1End(), doc.phase("PH1").end()),
        or(request.ph2Start(), doc.phase("PH2").start()), or(request.ph2End(), doc.phase("PH2").end()),
        or(request.ph3Start(), doc.phase("PH3").start()), or(request.ph3End(), doc.phase("PH3").end()))
        .validated();
    String name = request.name() == null || request.name().isBlank() ? doc.name() : request.name().trim();
    String issuer = request.issuer() == null || request.issuer().isBlank() ? doc.issuer() : request.issuer().trim();
    CampaignEntity campaign = campaigns.save(new CampaignEntity(name, issuer, doc.code(), doc.version(), schedule,
        userId, CampaignClock.now()));
    TemplateDocument.Review review = doc.reviewOrDefault();
    campaign.reviewedBy(new ReviewPolicy(review.days(), review.workingDays(), review.reminderEveryDays(),
        review.graceDays()));
    // Checklist items and recurring obligations, created by checklist and obligation in this transaction.
    events.publishEvent(new CampaignDefined(campaign.getId(), doc));
    LOG.info("Campaign {} defined from template {} v{} by {}", campaign.getId(), doc.code(), doc.version(), userId);
    return Campaign.of(campaign);
  }

  /** Starts the campaign process with every active unit as a participant. */
  @Transactional
  public Campaign start(Long campaignId) {
    CampaignEntity campaign = entity(campaignId);
    if (campaign.getStatus() != CampaignStatus.DRAFT) {
      throw new InvalidInputException("活动已经启动过（当前状态：" + campaign.getStatus().chineseName() + "）");
    }
    if (CampaignClock.today().isAfter(campaign.schedule().ph3End())) {
      throw new InvalidInputException("活动结束日期 " + campaign.schedule().ph3End() + " 已过，不能启动");
    }
    Set<Long> participants = units.active().stream().map(Unit::getId)
        .collect(Collectors.toCollection(LinkedHashSet::new));
    if (participants.isEmpty()) {
      throw new InvalidInputException("还没有登记任何参加单位，请先登记单位");
    }
    campaign.enrol(participants);
    ProcessInstance instance = runtime.startProcessInstanceByKey(CampaignProcesses.CAMPAIGN_PROCESS,
        "campaign-" + campaign.getId(), CampaignVariables.of(Campaign.of(campaign)));
    campaign.markStarted(instance.getId(), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.CAMPAIGN_STARTED, AuditSubject.CAMPAIGN, campaignId).campaign(campaignId)
        .process(instance.getId()).detail(campaign.getName() + "，参加单位 " + participants.size() + " 个"));
    LOG.info("Campaign {} started with {} units, process instance {}", campaignId, participants.size(), instance.getId());
    return Campaign.of(campaign);
  }

  @Transactional(readOnly = true)
  public Campaign byId(Long id) {
    return Campaign.of(entity(id));
  }

  @Transactional(readOnly = true)
  public List<Campaign> all() {
    return campaigns.findAllByOrderByIdDesc().stream().map(Campaign::of).toList();
  }

  private CampaignEntity entity(Long id) {
    return campaigns.findById(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的活动"));
  }

  private CampaignTemplate template(String code, Integer version) {
    String c = code == null || code.isBlank() ? defaultTemplate : code.trim();
    return (version == null ? templates.latest(c) : templates.find(c, version))
        .orElseThrow(() -> new InvalidInputException("未找到活动模板“" + c + (version == null ? "" : " 第 " + version + " 版") + "”"));
  }

  private static <T> T or(T value, T fallback) {
    return value != null ? value : fallback;
  }
}
