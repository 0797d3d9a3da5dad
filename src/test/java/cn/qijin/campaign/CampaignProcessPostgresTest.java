package cn.qijin.campaign;

import cn.qijin.support.QijinSpringTest;
import cn.qijin.support.PostgresAvailable;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/** The campaign scenarios on PostgreSQL (the production database). */
@QijinSpringTest
@ExtendWith(PostgresAvailable.class)
class CampaignProcessPostgresTest extends CampaignProcessScenarios {

  @DynamicPropertySource
  static void postgres(DynamicPropertyRegistry registry) {
    registry.add("spring.datasource.url", PostgresAvailable::url);
    registry.add("spring.datasource.username", PostgresAvailable::user);
    registry.add("spring.datasource.password", PostgresAvailable::password);
  }
}
