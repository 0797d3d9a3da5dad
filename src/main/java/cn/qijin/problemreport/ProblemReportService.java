package cn.qijin.problemreport;

import cn.qijin.problemreport.internal.ProblemReport;
import cn.qijin.problemreport.internal.ProblemReportRepository;
import cn.qijin.campaign.Campaigns;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.security.CurrentUser;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Reading the problems units reported (ORG-1): the office and the leadership group see every report, a unit's
 * staff their own unit's only — another unit's report is answered as unknown (404), as if it did not exist.
 */
@Service
public class ProblemReportService {

  private final ProblemReportRepository reports;
  private final Campaigns campaigns;
  private final Units units;
  private final CurrentUser currentUser;

  public ProblemReportService(ProblemReportRepository reports, Campaigns campaigns, Units units,
      CurrentUser currentUser) {
    this.reports = reports;
    this.campaigns = campaigns;
    this.units = units;
    this.currentUser = currentUser;
  }

  @Transactional(readOnly = true)
  public List<ProblemReportView> ofCampaign(Long campaignId) {
    if (!campaigns.exists(campaignId)) {
      throw new NotFoundException("未找到编号为 " + campaignId + " 的活动");
    }
    List<ProblemReport> visible = seesAll() ? reports.findByCampaignIdOrderByIdAsc(campaignId)
        : reports.findByCampaignIdAndUnitIdInOrderByIdAsc(campaignId, ownUnitIds());
    return visible.stream().map(this::view).toList();
  }

  @Transactional(readOnly = true)
  public ProblemReportView one(Long id) {
    return reports.findById(id)
        .filter(r -> seesAll() || ownUnitIds().contains(r.getUnitId()))
        .map(this::view)
        .orElseThrow(() -> new NotFoundException("未找到编号为 " + id + " 的上报问题"));
  }

  /** Every report of the campaign, for PH-3's problem register (the register checks who reads it). */
  @Transactional(readOnly = true)
  public List<ProblemReportView> allOfCampaign(Long campaignId) {
    List<ProblemReport> all = campaignId == null ? reports.findAll() : reports.findByCampaignIdOrderByIdAsc(campaignId);
    return all.stream().map(this::view).toList();
  }

  private boolean seesAll() {
    return currentUser.isOffice() || currentUser.isLeadership();
  }

  private List<Long> ownUnitIds() {
    return currentUser.unitCodes().stream().map(units::findByCode).flatMap(Optional::stream).map(Unit::getId).toList();
  }

  private ProblemReportView view(ProblemReport r) {
    Unit unit = units.find(r.getUnitId()).orElseThrow();
    return new ProblemReportView(r.getId(), r.getCampaignId(), unit.getCode(), unit.getName(),
        unit.getVenue().chineseName(), r.getTitle(), r.getDescription(), r.getCategory(), r.getState().name(),
        r.getState().chineseName(), r.getReportedBy(), r.getReportedAt(), r.getHandlingDueDate(), r.wasReferred(),
        r.getOfficeReply(), r.getReferralNote(), r.getHandledBy(), r.getHandledAt(), r.getDecision(), r.getDecidedBy(),
        r.getDecidedAt(), r.getAcknowledgedBy(), r.getAcknowledgedAt(), r.getAcknowledgementComment(),
        r.getEvidenceId(), r.getEvidenceId() == null ? null : "/api/evidence/" + r.getEvidenceId(),
        r.getProcessInstanceId());
  }
}
