package cn.qijin.cluster;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.campaign.Campaign;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.PostgresAvailable;
import cn.qijin.unit.Unit;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/** REC-2: timers are jobs in the database; a restarted application still sends each reminder once. */
@ExtendWith(PostgresAvailable.class)
class RestartClusterTest {

  @AfterEach
  void resetClock() {
    ClockUtil.reset();
  }

  @Test
  void pending_reminders_fire_once_after_a_restart() {
    var first = ClusterSupport.startNode();
    CampaignDriver drive = ClusterSupport.driver(first);
    drive.retireExistingUnits();
    drive.at("2017-06-01T09:00");
    Unit enterprise = drive.unit("ENTERPRISE");
    Campaign campaign = ClusterSupport.campaignInPhase2(drive);
    ObligationEntity q3 = ClusterSupport.q3Of(first, campaign, enterprise);
    drive.at("2017-09-10T10:00");
    drive.fireDueTimers();
    assertThat(ClusterSupport.reminders(first, q3)).isZero();
    first.close();

    var second = ClusterSupport.startNode();
    try {
      CampaignDriver after = ClusterSupport.driver(second);
      after.at("2017-09-16T09:00");
      assertThat(after.fireDueTimers()).isPositive();
      assertThat(ClusterSupport.reminders(second, q3)).isEqualTo(1);
      assertThat(after.fireDueTimers()).isZero();
      after.at("2017-09-27T09:00");
      after.fireDueTimers();
      assertThat(ClusterSupport.reminders(second, q3)).isEqualTo(2);
    } finally {
      second.close();
    }
  }
}
