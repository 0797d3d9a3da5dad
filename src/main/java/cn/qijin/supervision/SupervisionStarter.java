package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;
import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_NAME;
import static cn.qijin.kernel.process.ProcessVariables.QUARTER_CODE;
import static cn.qijin.kernel.process.ProcessVariables.QUARTER_NAME;
import static cn.qijin.kernel.process.ProcessVariables.ROUND_ID;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Quarter;
import cn.qijin.kernel.process.VariableValues;
import cn.qijin.security.SystemActions;
import cn.qijin.supervision.internal.SupervisionRound;
import cn.qijin.supervision.internal.SupervisionRoundRepository;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.camunda.bpm.engine.RuntimeService;
import org.camunda.bpm.engine.runtime.ProcessInstance;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Opens a quarter's supervision round (ORG-2): by the schedule's timer, or by the office for a past quarter. */
@Service
public class SupervisionStarter {

  private static final Logger LOG = LoggerFactory.getLogger(SupervisionStarter.class);

  private final SupervisionRoundRepository rounds;
  private final Campaigns campaigns;
  private final RuntimeService runtime;
  private final SystemActions system;
  private final AuditTrail audit;

  public SupervisionStarter(SupervisionRoundRepository rounds, Campaigns campaigns, RuntimeService runtime,
      SystemActions system, AuditTrail audit) {
    this.audit = audit;
    this.rounds = rounds;
    this.campaigns = campaigns;
    this.runtime = runtime;
    this.system = system;
  }

  /**
   * The campaigns whose supervision of the quarter is due when the schedule fires: every started campaign that
   * covers the quarter — also one that ended meanwhile (its final summary is approved before the last quarter's
   * supervision is due) — and has no round for it yet. The schedule opens each in its own job.
   */
  @Transactional(readOnly = true)
  public List<Long> campaignsDue(String quarterCode) {
    Quarter quarter = Quarter.parse(quarterCode);
    List<Long> due = new ArrayList<>();
    for (Campaign campaign : campaigns.newestFirst()) {
      if (campaign.getStatus().hasStarted() && QuarterAggregator.quartersOf(campaign).contains(quarter)
          && rounds.findByCampaignIdAndQuarterCode(campaign.getId(), quarterCode).isEmpty()) {
        due.add(campaign.getId());
      }
    }
    LOG.info("Quarterly supervision schedule for {}: campaigns {} due", quarterCode, due);
    return due;
  }

  /** The schedule opens one campaign's round (its own job: one campaign failing does not hold up the others). */
  @Transactional
  public void startScheduled(Long campaignId, String quarterCode) {
    Campaign campaign = campaigns.find(campaignId).orElseThrow();
    if (rounds.findByCampaignIdAndQuarterCode(campaignId, quarterCode).isPresent()) {
      LOG.info("Supervision of campaign {} {} already exists; schedule skips it", campaignId, quarterCode);
      return;
    }
    open(campaign, Quarter.parse(quarterCode), "system");
  }

  /** The office starts the supervision of an ended quarter of a started campaign by hand (e.g. to catch up). */
  @Transactional
  public SupervisionRound startByOffice(Campaign campaign, String quarterCode, String userId) {
    Quarter quarter = QuarterAggregator.quarterOf(campaign, quarterCode);
    if (!campaign.getStatus().hasStarted()) {
      throw new InvalidInputException("活动“" + campaign.getName() + "”尚未启动，不能启动季度督导");
    }
    if (!CampaignClock.today().isAfter(quarter.end())) {
      throw new InvalidInputException(quarter.chineseName() + "尚未结束（" + quarter.end() + " 结束），结束后才能汇总通报");
    }
    rounds.findByCampaignIdAndQuarterCode(campaign.getId(), quarter.code()).ifPresent(r -> {
      throw new InvalidInputException(quarter.chineseName() + "的季度督导已经启动（" + r.getState().chineseName() + "）");
    });
    return open(campaign, quarter, userId);
  }

  private SupervisionRound open(Campaign campaign, Quarter quarter, String userId) {
    SupervisionRound round = rounds.saveAndFlush(
        new SupervisionRound(campaign.getId(), quarter.code(), userId, CampaignClock.now()));
    Map<String, Object> variables = VariableValues.of(ROUND_ID, round.getId())
        .and(CAMPAIGN_ID, campaign.getId())
        .and(CAMPAIGN_NAME, campaign.getName())
        .and(QUARTER_CODE, quarter.code())
        .and(QUARTER_NAME, quarter.chineseName()).asMap();
    ProcessInstance instance = system.run(() -> runtime.startProcessInstanceByKey(
        SupervisionProcesses.SUPERVISION_PROCESS,
        SupervisionProcesses.businessKey(campaign.getId(), quarter.code()), variables));
    round.attachProcess(instance.getId());
    audit.record(AuditEntry.of(AuditAction.SUPERVISION_STARTED, AuditSubject.SUPERVISION_ROUND, round.getId())
        .by(userId).campaign(campaign.getId()).process(instance.getId()).detail(quarter.chineseName()));
    LOG.info("Supervision round {} of campaign {} {} started by {}: process instance {}", round.getId(),
        campaign.getId(), quarter.code(), userId, instance.getId());
    return round;
  }
}
