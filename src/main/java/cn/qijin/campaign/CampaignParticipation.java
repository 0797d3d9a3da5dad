package cn.qijin.campaign;

import static cn.qijin.kernel.process.ProcessVariables.JOINED_ON;
import static cn.qijin.kernel.process.ProcessVariables.JOINED_PHASE;
import static cn.qijin.kernel.process.ProcessVariables.UNIT_ID;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import cn.qijin.campaign.internal.LateJoinEntity;
import cn.qijin.campaign.internal.LateJoinRepository;
import cn.qijin.campaign.internal.WithdrawalEntity;
import cn.qijin.campaign.internal.WithdrawalRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.ConflictException;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.security.CurrentUser;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ActivityInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Units joining a campaign that is already running (ORG-3, issue 14 part 4). Before the plan is issued a unit simply
 * becomes a participant and is rolled out with the others. Afterwards it gets its own unit process at once, as one
 * more instance of the campaign's multi-instance 各单位开展“七进”活动, carrying the phase and day it joined: the unit
 * process then skips what fell due before (签收工作方案 after PH-1, the checklist in PH-3) and its obligations start
 * with the current quarter or month. A unit withdrawn with a reason stops taking part; its records stay.
 */
@Service
public class CampaignParticipation {

  static final String UNIT_CAMPAIGNS = "UnitCampaigns";
  static final String ISSUE_PLAN = "IssuePlanTask";
  private static final String MULTI_INSTANCE_BODY = UNIT_CAMPAIGNS + "#multiInstanceBody";
  private static final Logger LOG = LoggerFactory.getLogger(CampaignParticipation.class);

  private final CampaignRepository campaigns;
  private final LateJoinRepository lateJoins;
  private final Units units;
  private final RuntimeService runtime;
  private final SystemActions system;
  private final CurrentUser currentUser;
  private final AuditTrail audit;
  private final WithdrawalRepository withdrawals;
  private final ApplicationEventPublisher events;

  CampaignParticipation(CampaignRepository campaigns, LateJoinRepository lateJoins, Units units, RuntimeService runtime,
      SystemActions system, CurrentUser currentUser, AuditTrail audit, WithdrawalRepository withdrawals,
      ApplicationEventPublisher events) {
    this.withdrawals = withdrawals;
    this.events = events;
    this.campaigns = campaigns;
    this.lateJoins = lateJoins;
    this.units = units;
    this.runtime = runtime;
    this.system = system;
    this.currentUser = currentUser;
    this.audit = audit;
  }

  /**
   * Adds an active unit to the running campaign. Refused (409) for a campaign not running or closing, a unit that
   * takes part already or has been deactivated.
   */
  @Transactional
  public LateJoin addUnit(Long campaignId, String unitCode) {
    CampaignEntity campaign = campaign(campaignId);
    Unit unit = unit(unitCode);
    if (campaign.getStatus() != CampaignStatus.RUNNING) {
      throw conflict("活动“" + campaign.getName() + "”" + campaign.getStatus().chineseName() + "，只能向进行中的活动加入单位"
          + (campaign.getStatus().hasStarted() ? "" : "；尚未启动的活动请在活动方案中选择参加单位"));
    }
    if (!unit.isActive()) {
      throw conflict("单位“" + unit.getName() + "”已停用，请先在单位名册中启用");
    }
    if (campaign.getParticipantUnitIds().contains(unit.getId())) {
      throw conflict("单位“" + unit.getName() + "”已参加活动“" + campaign.getName() + "”");
    }
    if (withdrawals.existsById(new LateJoinEntity.Key(campaignId, unit.getId()))) {
      throw conflict("单位“" + unit.getName() + "”已退出活动“" + campaign.getName() + "”，不能再次加入");
    }
    ActivityInstance tree = system.run(() -> runtime.getActivityInstance(campaign.getProcessInstanceId()));
    LocalDate today = CampaignClock.today();
    Phase phase = campaign.schedule().phaseOn(today);
    campaign.enrolLate(unit.getId());
    if (tree != null && tree.getActivityInstances(ISSUE_PLAN).length > 0) {
      record(campaign, unit, "工作方案尚未印发，印发时与其他单位一同开展");
      LOG.info("Unit {} joins campaign {} before its plan is issued", unit.getCode(), campaignId);
      return new LateJoin(campaignId, unit.getId(), unit.getCode(), unit.getName(), today, Phase.PH1,
          Phase.PH1.chineseName(), currentUser.find().orElse(AuditTrail.SYSTEM));
    }
    ActivityInstance[] bodies = tree == null ? new ActivityInstance[0] : tree.getActivityInstances(MULTI_INSTANCE_BODY);
    if (bodies.length != 1) {
      throw conflict("活动“" + campaign.getName() + "”已进入收尾，不能再加入单位");
    }
    LateJoinEntity join = lateJoins.save(new LateJoinEntity(campaignId, unit.getId(), today, phase.name(),
        currentUser.find().orElse(AuditTrail.SYSTEM), CampaignClock.now()));
    system.run(() -> runtime.createProcessInstanceModification(campaign.getProcessInstanceId())
        .startBeforeActivity(UNIT_CAMPAIGNS, bodies[0].getId())
        .setVariableLocal(UNIT_ID.name(), unit.getId())
        .setVariableLocal(JOINED_PHASE.name(), phase.name())
        .setVariableLocal(JOINED_ON.name(), today.toString())
        .execute());
    record(campaign, unit, "于" + phase.chineseName() + "阶段加入（" + today + "）");
    LOG.info("Unit {} joined running campaign {} in {} on {}", unit.getCode(), campaignId, phase, today);
    return view(join, unit);
  }

  /**
   * Withdraws a unit from the running campaign with the office's reason: its unit process and everything below it
   * (checklist tasks, quarterly obligations, reminders) end, its open obligations are settled as exempted with the
   * reason, and it takes no part in later rounds; what it did stays on the record.
   */
  @Transactional
  public Withdrawal withdrawUnit(Long campaignId, String unitCode, String reason) {
    CampaignEntity campaign = campaign(campaignId);
    Unit unit = unit(unitCode);
    if (campaign.getStatus() != CampaignStatus.RUNNING) {
      throw conflict("活动“" + campaign.getName() + "”" + campaign.getStatus().chineseName() + "，只能从进行中的活动退出单位");
    }
    if (!campaign.getParticipantUnitIds().contains(unit.getId())) {
      throw conflict("单位“" + unit.getName() + "”没有参加活动“" + campaign.getName() + "”"
          + (withdrawals.existsById(new LateJoinEntity.Key(campaignId, unit.getId())) ? "（已退出）" : ""));
    }
    String by = currentUser.find().orElse(AuditTrail.SYSTEM);
    campaign.withdraw(unit.getId());
    withdrawals.save(new WithdrawalEntity(campaignId, unit.getId(), reason.strip(), by, CampaignClock.now()));
    ActivityInstance tree = system.run(() -> runtime.getActivityInstance(campaign.getProcessInstanceId()));
    String unitActivity = tree == null ? null : unitActivityInstance(campaign.getProcessInstanceId(), tree, unit.getId());
    if (unitActivity != null) {
      system.run(() -> runtime.createProcessInstanceModification(campaign.getProcessInstanceId())
          .cancelActivityInstance(unitActivity).execute());
    }
    events.publishEvent(new UnitWithdrawn(campaignId, unit.getId(), reason.strip(), by));
    audit.record(AuditEntry.of(AuditAction.UNIT_WITHDRAWN_CAMPAIGN, AuditSubject.CAMPAIGN, campaignId)
        .campaign(campaignId).unit(unit.getId(), unit.getCode())
        .detail(unit.getName() + "退出“" + campaign.getName() + "”：" + reason.strip()));
    LOG.info("Unit {} withdrawn from campaign {} by {}", unit.getCode(), campaignId, by);
    return new Withdrawal(campaignId, unit.getId(), unit.getCode(), unit.getName(), reason.strip(), by);
  }

  /** The campaign's activity instance that runs this unit's process, if it runs (after the plan was issued). */
  private String unitActivityInstance(String campaignInstanceId, ActivityInstance tree, Long unitId) {
    ActivityInstance[] running = tree.getActivityInstances(UNIT_CAMPAIGNS);
    return system.run(() -> runtime.createVariableInstanceQuery().processInstanceIdIn(campaignInstanceId)
        .variableName(UNIT_ID.name()).list()).stream()
        .filter(v -> unitId.equals(v.getValue()))
        .flatMap(v -> Arrays.stream(running).filter(a -> Arrays.asList(a.getExecutionIds()).contains(v.getExecutionId())))
        .map(ActivityInstance::getId).findFirst().orElse(null);
  }

  /** The units added to the campaign after its rollout, by unit id. */
  @Transactional(readOnly = true)
  public Map<Long, LateJoin> lateJoins(Long campaignId) {
    List<LateJoinEntity> joins = lateJoins.findByIdCampaignId(campaignId);
    Map<Long, Unit> byId = units.allById(joins.stream().map(LateJoinEntity::getUnitId).toList()).stream()
        .collect(Collectors.toMap(Unit::getId, Function.identity()));
    return joins.stream().collect(Collectors.toMap(LateJoinEntity::getUnitId, j -> view(j, byId.get(j.getUnitId()))));
  }

  private CampaignEntity campaign(Long id) {
    return campaigns.findById(id).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的活动"));
  }

  private Unit unit(String code) {
    return units.findByCode(code == null ? "" : code.strip().toUpperCase())
        .orElseThrow(() -> new NotFoundException("未找到编码为“" + code + "”的单位"));
  }

  private void record(CampaignEntity campaign, Unit unit, String detail) {
    audit.record(AuditEntry.of(AuditAction.UNIT_JOINED_CAMPAIGN, AuditSubject.CAMPAIGN, campaign.getId())
        .campaign(campaign.getId()).unit(unit.getId(), unit.getCode())
        .detail(unit.getName() + "加入“" + campaign.getName() + "”，" + detail));
  }

  private static LateJoin view(LateJoinEntity join, Unit unit) {
    Phase phase = Phase.valueOf(join.getJoinedPhase());
    return new LateJoin(join.getId().campaignId(), join.getUnitId(), unit.getCode(), unit.getName(), join.getJoinedOn(),
        phase, phase.chineseName(), join.getJoinedBy());
  }

  private static ConflictException conflict(String message) {
    return new ConflictException(message, List.of());
  }
}
