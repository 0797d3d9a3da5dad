package cn.qijin.campaign;

import java.util.HashMap;
import java.util.Map;

/**
 * The process variables every campaign and unit process carries: its id and name, the phase days
 * as yyyy-MM-dd text (what forms show and check against) and the instants timers and due dates use.
 */
public final class CampaignVariables {

  public static final String CAMPAIGN_ID = "campaignId";

  private CampaignVariables() {}

  public static Map<String, Object> of(Campaign campaign) {
    CampaignSchedule s = campaign.schedule();
    Map<String, Object> vars = new HashMap<>();
    vars.put(CAMPAIGN_ID, campaign.getId());
    vars.put("campaignName", campaign.getName());
    vars.put("ph1Start", s.ph1Start().toString());
    vars.put("ph1End", s.ph1End().toString());
    vars.put("ph2Start", s.ph2Start().toString());
    vars.put("ph2End", s.ph2End().toString());
    vars.put("ph3Start", s.ph3Start().toString());
    vars.put("ph3End", s.ph3End().toString());
    vars.put("ph1DueAt", s.ph1DueAt());
    vars.put("ph2StartAt", s.ph2StartAt());
    vars.put("ph2DueAt", s.ph2DueAt());
    vars.put("ph2EndedAt", s.ph2EndedAt());
    vars.put("ph3StartAt", s.ph3StartAt());
    vars.put("ph3DueAt", s.ph3DueAt());
    return vars;
  }
}
