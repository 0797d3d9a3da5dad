package cn.qijin.campaign;

import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_ID;
import static cn.qijin.kernel.process.ProcessVariables.CAMPAIGN_NAME;
import static cn.qijin.kernel.process.ProcessVariables.PH1_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.PH1_END;
import static cn.qijin.kernel.process.ProcessVariables.PH1_START;
import static cn.qijin.kernel.process.ProcessVariables.PH2_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.PH2_END;
import static cn.qijin.kernel.process.ProcessVariables.PH2_ENDED_AT;
import static cn.qijin.kernel.process.ProcessVariables.PH2_START;
import static cn.qijin.kernel.process.ProcessVariables.PH2_START_AT;
import static cn.qijin.kernel.process.ProcessVariables.PH3_DUE_AT;
import static cn.qijin.kernel.process.ProcessVariables.PH3_END;
import static cn.qijin.kernel.process.ProcessVariables.PH3_START;
import static cn.qijin.kernel.process.ProcessVariables.PH3_START_AT;

import java.util.HashMap;
import java.util.Map;

/**
 * The process variables every campaign and unit process carries: its id and name, the phase days
 * as yyyy-MM-dd text (what forms show and check against) and the instants timers and due dates use.
 * The definitions are in {@link cn.qijin.kernel.process.ProcessVariables}.
 */
public final class CampaignVariables {

  private CampaignVariables() {}

  public static Map<String, Object> of(Campaign campaign) {
    CampaignSchedule s = campaign.schedule();
    Map<String, Object> vars = new HashMap<>();
    CAMPAIGN_ID.put(vars, campaign.getId());
    CAMPAIGN_NAME.put(vars, campaign.getName());
    PH1_START.put(vars, s.ph1Start().toString());
    PH1_END.put(vars, s.ph1End().toString());
    PH2_START.put(vars, s.ph2Start().toString());
    PH2_END.put(vars, s.ph2End().toString());
    PH3_START.put(vars, s.ph3Start().toString());
    PH3_END.put(vars, s.ph3End().toString());
    PH1_DUE_AT.put(vars, s.ph1DueAt());
    PH2_START_AT.put(vars, s.ph2StartAt());
    PH2_DUE_AT.put(vars, s.ph2DueAt());
    PH2_ENDED_AT.put(vars, s.ph2EndedAt());
    PH3_START_AT.put(vars, s.ph3StartAt());
    PH3_DUE_AT.put(vars, s.ph3DueAt());
    return vars;
  }
}
