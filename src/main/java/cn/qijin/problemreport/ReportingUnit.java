package cn.qijin.problemreport;

import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.Campaigns;
import cn.qijin.campaign.CampaignStatus;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.security.SystemActions;
import cn.qijin.unit.Unit;
import cn.qijin.kernel.UnitGroups;
import cn.qijin.unit.Units;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.Group;
import org.springframework.stereotype.Component;

/**
 * Who reports (ORG-1): the unit is the one whose Camunda group the starting user belongs to, read from the
 * identity and unit tables, and the campaign the running one that unit takes part in — never a submitted value.
 */
@Component
public class ReportingUnit {

  public record Reporter(String userId, Unit unit, Campaign campaign) {}

  private final IdentityService identity;
  private final Units units;
  private final Campaigns campaigns;
  private final SystemActions system;

  public ReportingUnit(IdentityService identity, Units units, Campaigns campaigns,
      SystemActions system) {
    this.identity = identity;
    this.units = units;
    this.campaigns = campaigns;
    this.system = system;
  }

  public Reporter of(String userId) {
    if (userId == null) {
      throw new InvalidInputException("请先登录后再上报问题");
    }
    List<Unit> memberOf = system.run(() -> identity.createGroupQuery().groupMember(userId).list()).stream()
        .map(Group::getId).map(UnitGroups::unitCodeOf).flatMap(Optional::stream)
        .map(units::findByCode).flatMap(Optional::stream).filter(Unit::isActive).toList();
    if (memberOf.isEmpty()) {
      throw new InvalidInputException("只有参加活动的单位可以上报问题，您的账号不属于任何单位");
    }
    if (memberOf.size() > 1) {
      throw new InvalidInputException("您的账号同时属于多个单位，无法确定上报单位，请联系系统管理员");
    }
    Unit unit = memberOf.get(0);
    Campaign campaign = campaigns.all().stream()
        .filter(c -> c.getStatus() == CampaignStatus.RUNNING)
        .filter(c -> c.getParticipantUnitIds().contains(unit.getId()))
        .max(Comparator.comparing(Campaign::getId))
        .orElseThrow(() -> new InvalidInputException("本单位目前没有参加进行中的“七进”活动，无法上报问题"));
    return new Reporter(userId, unit, campaign);
  }
}
