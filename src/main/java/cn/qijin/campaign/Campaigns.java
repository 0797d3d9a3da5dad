package cn.qijin.campaign;

import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.NotFoundException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The campaign module's API for reading campaigns (issue 13 part 1): other modules find campaigns here, never
 * through the repository, which is internal. Each method runs the query the callers ran before; defining and
 * starting a campaign is {@link CampaignService}'s.
 */
@Service
@Transactional(readOnly = true)
public class Campaigns {

  private final CampaignRepository campaigns;

  Campaigns(CampaignRepository campaigns) {
    this.campaigns = campaigns;
  }

  /** The campaign with this id, if there is one. */
  public Optional<Campaign> find(Long id) {
    return campaigns.findById(id).map(Campaign::of);
  }

  /**
   * The campaign with this id, or a NotFoundException naming the id. Throwing it does not mark the caller's
   * transaction rollback-only, as when callers threw it themselves.
   */
  @Transactional(readOnly = true, noRollbackFor = NotFoundException.class)
  public Campaign byId(Long id) {
    return campaigns.findById(id).map(Campaign::of).orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的活动"));
  }

  /** Whether a campaign with this id exists. */
  public boolean exists(Long id) {
    return campaigns.existsById(id);
  }

  /** Every campaign, in no particular order. */
  public List<Campaign> all() {
    return campaigns.findAll().stream().map(Campaign::of).toList();
  }

  /** Every campaign, the newest (highest id) first. */
  public List<Campaign> newestFirst() {
    return campaigns.findAllByOrderByIdDesc().stream().map(Campaign::of).toList();
  }

  /**
   * The campaign a campaign process works on, from the campaign table, not from a process variable (issue 10); an
   * IllegalStateException if no campaign has this process instance, which does not mark the caller's transaction
   * rollback-only.
   */
  @Transactional(readOnly = true, noRollbackFor = IllegalStateException.class)
  public Campaign ofProcess(String processInstanceId) {
    return Campaign.of(entityOfProcess(processInstanceId));
  }

  /** PH-1: the office issued the work plan (印发工作方案) of the campaign this process runs. */
  @Transactional
  public void recordPlanIssued(String processInstanceId, String documentNumber, LocalDate issueDate, String userId) {
    entityOfProcess(processInstanceId).recordPlanIssued(documentNumber, issueDate, userId);
  }

  /** PH-3: the office wrote the campaign's final summary (活动总结). */
  @Transactional
  public void recordFinalSummary(String processInstanceId, String finalSummary) {
    entityOfProcess(processInstanceId).recordFinalSummary(finalSummary);
  }

  /**
   * ORG-1, PH-3: the leadership group approved the final summary or returned it; a return says what to revise,
   * an approval may say nothing.
   */
  @Transactional
  public void recordLeadershipDecision(String processInstanceId, boolean approved, String opinion, String userId,
      Instant at) {
    if (!approved && (opinion == null || opinion.isBlank())) {
      throw new InvalidInputException("请填写退回修改意见");
    }
    entityOfProcess(processInstanceId).recordLeadershipDecision(approved, opinion, userId, at);
  }

  private CampaignEntity entityOfProcess(String processInstanceId) {
    return campaigns.findByProcessInstanceId(processInstanceId).orElseThrow(
        () -> new IllegalStateException("No campaign for process instance " + processInstanceId));
  }
}
