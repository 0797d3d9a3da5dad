package cn.qijin.dashboard;

import cn.qijin.security.OfficeOrLeadership;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The data of the supervisors' dashboard in Cockpit (七进督导看板). */
@RestController
public class DashboardController {

  private final DashboardService dashboards;

  public DashboardController(DashboardService dashboards) {
    this.dashboards = dashboards;
  }

  /** {@code campaignId} and {@code quarter} (e.g. 2026Q4) are optional: the running campaign and today's quarter. */
  @OfficeOrLeadership
  @GetMapping("/api/dashboard")
  public Dashboard dashboard(@RequestParam(required = false) String campaignId,
      @RequestParam(required = false) String quarter) {
    return dashboards.dashboard(campaignId, quarter);
  }

  @OfficeOrLeadership
  @GetMapping("/api/dashboard/campaigns")
  public List<CampaignOption> campaigns() {
    return dashboards.campaigns();
  }
}
