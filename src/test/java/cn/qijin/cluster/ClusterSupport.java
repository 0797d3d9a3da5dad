package cn.qijin.cluster;

import cn.qijin.QijinApplication;
import cn.qijin.campaign.Campaign;
import cn.qijin.campaign.CampaignService;
import cn.qijin.notification.internal.NotificationRepository;
import cn.qijin.obligation.internal.ObligationEntity;
import cn.qijin.obligation.internal.ObligationRepository;
import cn.qijin.support.CampaignDriver;
import cn.qijin.support.PostgresAvailable;
import cn.qijin.unit.Unit;
import cn.qijin.unit.UnitService;
import java.time.LocalDate;
import java.util.stream.Stream;
import org.camunda.bpm.engine.ProcessEngine;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

/**
 * Whole application contexts on the PostgreSQL test database, started and stopped by the test
 * itself (these tests run in their own JVM, see the pom's "cluster" surefire execution).
 */
final class ClusterSupport {

  private ClusterSupport() {}

  static ConfigurableApplicationContext startNode() {
    return start("--spring.datasource.url=" + PostgresAvailable.url(),
        "--spring.datasource.username=" + PostgresAvailable.user(),
        "--spring.datasource.password=" + PostgresAvailable.password());
  }

  /**
   * The application with the test profile and the given settings as command-line arguments: they
   * outrank the test profile (e.g. its in-memory H2 database). Give each setting once.
   */
  static ConfigurableApplicationContext start(String... settings) {
    String[] args = Stream.concat(Stream.of("--server.port=0", "--spring.main.banner-mode=off"),
        Stream.of(settings)).toArray(String[]::new);
    return new SpringApplicationBuilder(QijinApplication.class).profiles("test").run(args);
  }

  static CampaignDriver driver(ConfigurableApplicationContext node) {
    return new CampaignDriver(node.getBean(ProcessEngine.class), node.getBean(UnitService.class),
        node.getBean(CampaignService.class), node.getBean(JdbcTemplate.class),
        node.getBean(cn.qijin.evidence.EvidenceUploads.class));
  }

  /** A campaign of the default template in PH-2 (2017-07-01) with the given enterprises. */
  static Campaign campaignInPhase2(CampaignDriver drive, Unit... ignored) {
    Campaign campaign = drive.start(drive.defineFromDefaultTemplate());
    drive.issuePlan(drive.engine.getRuntimeService().createProcessInstanceQuery()
        .processInstanceId(campaign.getProcessInstanceId()).singleResult(), LocalDate.of(2017, 6, 1));
    drive.at("2017-07-01T00:00");
    drive.fireDueTimers();
    return campaign;
  }

  static ObligationEntity q3Of(ConfigurableApplicationContext node, Campaign campaign, Unit unit) {
    return node.getBean(ObligationRepository.class)
        .findByCampaignIdAndUnitIdOrderByQuarterCodeAscIdAsc(campaign.getId(), unit.getId()).get(0);
  }

  static long reminders(ConfigurableApplicationContext node, ObligationEntity obligation) {
    return node.getBean(NotificationRepository.class).findByObligationIdOrderByIdAsc(obligation.getId()).stream()
        .filter(n -> n.getKind().equals("REMINDER")).count();
  }
}
