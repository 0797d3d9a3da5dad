package cn.qijin.campaign;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.ActiveProfiles;

/** The campaign scenarios on the embedded H2 database. */
@SpringBootTest
@ActiveProfiles("test")
class CampaignProcessTest extends CampaignProcessScenarios {}
