package cn.qijin.campaign;

import cn.qijin.campaign.internal.CampaignEntity;
import cn.qijin.campaign.internal.CampaignRepository;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.stereotype.Component;

/**
 * Which campaign and unit a unit process ({@code qijin_unit_campaign}) is about, from its business key
 * ({@code campaign-<id>-<unit code>}, set when the campaign starts it and unchangeable by users) and the
 * product's tables — never from its process variables, which a form submission must not be able to
 * redirect to another unit (issue 10).
 */
@Component
public class UnitProcessSubjects {

  private static final Pattern KEY = Pattern.compile("campaign-(\\d+)-(.+)");

  public record Subject(Campaign campaign, Unit unit) {}

  private final CampaignRepository campaigns;
  private final Units units;

  public UnitProcessSubjects(CampaignRepository campaigns, Units units) {
    this.campaigns = campaigns;
    this.units = units;
  }

  public Subject of(String businessKey) {
    Matcher m = businessKey == null ? null : KEY.matcher(businessKey);
    if (m == null || !m.matches()) {
      throw new IllegalStateException("Not a unit process business key: " + businessKey);
    }
    CampaignEntity campaign = campaigns.findById(Long.valueOf(m.group(1)))
        .orElseThrow(() -> new IllegalStateException("No campaign for business key " + businessKey));
    Unit unit = units.findByCode(m.group(2))
        .filter(u -> campaign.getParticipantUnitIds().contains(u.getId()))
        .orElseThrow(() -> new IllegalStateException("No participating unit for business key " + businessKey));
    return new Subject(Campaign.of(campaign), unit);
  }
}
