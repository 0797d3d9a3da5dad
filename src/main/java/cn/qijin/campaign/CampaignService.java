package cn.qijin.campaign;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.ConflictException;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.security.SystemActions;
import cn.qijin.template.CampaignTemplate;
import cn.qijin.template.CampaignTemplates;
import cn.qijin.template.TemplateDocument;
import cn.qijin.template.TemplateParser;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
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
  private final CampaignDraftRules rules;
  private final SystemActions system;

  public CampaignService(CampaignRepository campaigns, CampaignTemplates templates, TemplateParser parser,
      Units units, RuntimeService runtime, @Value("${qijin.default-template}") String defaultTemplate,
      AuditTrail audit, ApplicationEventPublisher events, CampaignDraftRules rules, SystemActions system) {
    this.rules = rules;
    this.system = system;
    this.campaigns = campaigns;
    this.templates = templates;
    this.parser = parser;
    this.units = units;
    this.runtime = runtime;
    this.defaultTemplate = defaultTemplate;
    this.audit = audit;
    this.events = events;
  }

  /**
   * Defines a campaign as a draft: the template's, with the office's name, dates, participants and checklist where
   * it gave them (issue 14 part 3); everything is checked before anything is written.
   */
  @Transactional
  public Campaign define(CampaignRequest request, String userId) {
    TemplateDocument doc = templateOf(request.templateCode(), request.templateVersion());
    CampaignSchedule schedule = schedule(request, doc);
    var participants = rules.participants(request.unitCodes());
    TemplateDocument written = doc.withVenues(rules.checklist(request.checklist(), doc));
    CampaignEntity campaign = campaigns.save(new CampaignEntity(nameOf(request, doc), issuerOf(request, doc), doc.code(),
        doc.version(), schedule, userId, CampaignClock.now()));
    campaign.enrol(participants);
    TemplateDocument.Review review = doc.reviewOrDefault();
    campaign.reviewedBy(new ReviewPolicy(review.days(), review.workingDays(), review.reminderEveryDays(),
        review.graceDays()));
    // Checklist items and recurring obligations, created by checklist and obligation in this transaction.
    events.publishEvent(new CampaignDefined(campaign.getId(), written));
    LOG.info("Campaign {} defined from template {} v{} by {}", campaign.getId(), doc.code(), doc.version(), userId);
    return Campaign.of(campaign);
  }

  /**
   * ORG-1: the office rewrites a proposal the leadership group returned — name, issuer, dates, participants and
   * checklist; the template stays the one it was proposed with.
   */
  @Transactional
  public Campaign revise(Long campaignId, CampaignRequest request, String userId) {
    CampaignEntity campaign = entity(campaignId);
    if (campaign.getStatus() != CampaignStatus.DRAFT) {
      throw new InvalidInputException("活动“" + campaign.getName() + "”" + campaign.getStatus().chineseName() + "，不能再修改方案");
    }
    boolean otherTemplate = request.templateCode() != null && !request.templateCode().isBlank()
        && !request.templateCode().trim().equals(campaign.getTemplateCode())
        || request.templateVersion() != null && request.templateVersion() != campaign.getTemplateVersion();
    if (otherTemplate) {
      throw new InvalidInputException("修改方案时不能更换活动模板（本活动使用 " + campaign.getTemplateCode() + " 第 "
          + campaign.getTemplateVersion() + " 版）；请撤回后重新发起");
    }
    TemplateDocument doc = templateOf(campaign.getTemplateCode(), campaign.getTemplateVersion());
    CampaignSchedule schedule = schedule(request, doc);
    var participants = rules.participants(request.unitCodes());
    var checklist = rules.checklist(request.checklist(), doc);
    campaign.revise(nameOf(request, doc), issuerOf(request, doc), schedule);
    campaign.enrol(participants);
    events.publishEvent(new CampaignChecklistRevised(campaignId, checklist));
    audit.record(AuditEntry.of(AuditAction.CAMPAIGN_REVISED, AuditSubject.CAMPAIGN, campaignId).campaign(campaignId)
        .detail(campaign.getName()));
    LOG.info("Campaign {} proposal revised by {}", campaignId, userId);
    return Campaign.of(campaign);
  }

  /** ORG-1: the proposal goes to the leadership group, carried by the launch process {@code launchProcessInstanceId}. */
  @Transactional
  public Campaign submitForApproval(Long campaignId, String launchProcessInstanceId) {
    CampaignEntity campaign = entity(campaignId);
    if (campaign.getStatus() != CampaignStatus.DRAFT || campaign.getLaunchProcessInstanceId() != null) {
      throw new ConflictException("活动“" + campaign.getName() + "”" + campaign.getStatus().chineseName()
          + (campaign.getLaunchProcessInstanceId() != null ? "，已经提请过领导小组审批" : "，不能提请审批"), List.of());
    }
    requireNotOver(campaign);
    campaign.submitForApproval(launchProcessInstanceId);
    audit.record(AuditEntry.of(AuditAction.CAMPAIGN_SUBMITTED, AuditSubject.CAMPAIGN, campaignId).campaign(campaignId)
        .process(launchProcessInstanceId).detail(campaign.getName()));
    return Campaign.of(campaign);
  }

  /** A returned proposal goes back to the leadership group after the office revised it. */
  @Transactional
  public Campaign resubmit(Long campaignId) {
    CampaignEntity campaign = entity(campaignId);
    if (campaign.getStatus() != CampaignStatus.DRAFT || campaign.getLaunchProcessInstanceId() == null) {
      throw new ConflictException("活动“" + campaign.getName() + "”" + campaign.getStatus().chineseName() + "，不能重新提交",
          List.of());
    }
    requireNotOver(campaign);
    campaign.submitForApproval(campaign.getLaunchProcessInstanceId());
    audit.record(AuditEntry.of(AuditAction.CAMPAIGN_SUBMITTED, AuditSubject.CAMPAIGN, campaignId).campaign(campaignId)
        .process(campaign.getLaunchProcessInstanceId()).detail(campaign.getName() + "（修改后重新提交）"));
    return Campaign.of(campaign);
  }

  /** ORG-1: the leadership group approves the proposal or returns it to the office with its opinion. */
  @Transactional
  public Campaign recordLaunchDecision(Long campaignId, boolean approved, String opinion, String userId) {
    CampaignEntity campaign = entity(campaignId);
    if (campaign.getStatus() != CampaignStatus.AWAITING_APPROVAL) {
      throw new ConflictException("活动“" + campaign.getName() + "”" + campaign.getStatus().chineseName() + "，无需审批",
          List.of());
    }
    campaign.recordLaunchDecision(approved, opinion, userId, CampaignClock.now());
    audit.record(AuditEntry.of(approved ? AuditAction.CAMPAIGN_APPROVED : AuditAction.CAMPAIGN_RETURNED,
        AuditSubject.CAMPAIGN, campaignId).campaign(campaignId).process(campaign.getLaunchProcessInstanceId())
        .detail(opinion == null || opinion.isBlank() ? campaign.getName() : opinion));
    return Campaign.of(campaign);
  }

  /** The office withdraws a returned proposal: the campaign never starts; its rows stay as a record. */
  @Transactional
  public Campaign withdrawProposal(Long campaignId) {
    CampaignEntity campaign = entity(campaignId);
    if (campaign.getStatus() != CampaignStatus.DRAFT) {
      throw new ConflictException("活动“" + campaign.getName() + "”" + campaign.getStatus().chineseName() + "，不能撤回",
          List.of());
    }
    campaign.withdrawProposal();
    audit.record(AuditEntry.of(AuditAction.CAMPAIGN_WITHDRAWN, AuditSubject.CAMPAIGN, campaignId).campaign(campaignId)
        .process(campaign.getLaunchProcessInstanceId()).detail(campaign.getName()));
    return Campaign.of(campaign);
  }

  /** The campaign started by this launch process (发起活动), if any. */
  @Transactional(readOnly = true)
  public Optional<Campaign> byLaunchProcess(String launchProcessInstanceId) {
    return campaigns.findByLaunchProcessInstanceId(launchProcessInstanceId).map(Campaign::of);
  }

  /**
   * The parsed template a campaign was defined from (or a request names). An unknown one does not mark the
   * caller's transaction rollback-only: a preview lists it among the proposal's faults.
   */
  @Transactional(readOnly = true, noRollbackFor = InvalidInputException.class)
  public TemplateDocument templateOf(String code, Integer version) {
    return parser.parse(template(code, version).getSource());
  }

  /** Starts the campaign process with every active unit as a participant. */
  @Transactional
  public Campaign start(Long campaignId) {
    CampaignEntity campaign = entity(campaignId);
    if (campaign.getStatus().hasStarted() || campaign.getStatus() == CampaignStatus.WITHDRAWN) {
      throw new InvalidInputException("活动不能启动（当前状态：" + campaign.getStatus().chineseName() + "）");
    }
    requireNotOver(campaign);
    Set<Long> participants = participantsAtStart(campaign);
    if (participants.isEmpty()) {
      throw new InvalidInputException("还没有登记任何参加单位，请先登记单位");
    }
    campaign.enrol(participants);
    // with the application's rights: who may start a campaign is decided before (the leadership group's approval, ORG-1);
    // no role holds CREATE_INSTANCE on the campaign process
    ProcessInstance instance = system.run(() -> runtime.startProcessInstanceByKey(CampaignProcesses.CAMPAIGN_PROCESS,
        "campaign-" + campaign.getId(), CampaignVariables.of(Campaign.of(campaign))));
    campaign.markStarted(instance.getId(), CampaignClock.now());
    audit.record(AuditEntry.of(AuditAction.CAMPAIGN_STARTED, AuditSubject.CAMPAIGN, campaignId).campaign(campaignId)
        .process(instance.getId()).detail(campaign.getName() + "，参加单位 " + participants.size() + " 个"));
    LOG.info("Campaign {} started with {} units, process instance {}", campaignId, participants.size(), instance.getId());
    return Campaign.of(campaign);
  }

  /** The units the office chose that are still active, or every active unit when it chose none. */
  private Set<Long> participantsAtStart(CampaignEntity campaign) {
    Set<Long> active = units.active().stream().map(Unit::getId).collect(Collectors.toCollection(LinkedHashSet::new));
    if (campaign.getParticipantUnitIds().isEmpty()) {
      return active;
    }
    Set<Long> chosen = new LinkedHashSet<>(campaign.getParticipantUnitIds());
    chosen.retainAll(active);
    if (chosen.size() < campaign.getParticipantUnitIds().size()) {
      LOG.info("Campaign {} starts without {} chosen units deactivated since", campaign.getId(),
          campaign.getParticipantUnitIds().size() - chosen.size());
    }
    return chosen;
  }

  private static void requireNotOver(CampaignEntity campaign) {
    if (CampaignClock.today().isAfter(campaign.schedule().ph3End())) {
      throw new InvalidInputException("活动结束日期 " + campaign.schedule().ph3End() + " 已过，不能启动");
    }
  }

  private static CampaignSchedule schedule(CampaignRequest request, TemplateDocument doc) {
    return new CampaignSchedule(
        or(request.ph1Start(), doc.phase("PH1").start()), or(request.ph1End(), doc.phase("PH1").end()),
        or(request.ph2Start(), doc.phase("PH2").start()), or(request.ph2End(), doc.phase("PH2").end()),
        or(request.ph3Start(), doc.phase("PH3").start()), or(request.ph3End(), doc.phase("PH3").end()))
        .validated();
  }

  private static String nameOf(CampaignRequest request, TemplateDocument doc) {
    return request.name() == null || request.name().isBlank() ? doc.name() : request.name().trim();
  }

  private static String issuerOf(CampaignRequest request, TemplateDocument doc) {
    return request.issuer() == null || request.issuer().isBlank() ? doc.issuer() : request.issuer().trim();
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
