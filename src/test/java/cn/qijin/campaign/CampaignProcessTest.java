package cn.qijin.campaign;

import cn.qijin.support.QijinSpringTest;

/** The campaign scenarios on the embedded H2 database. */
@QijinSpringTest
class CampaignProcessTest extends CampaignProcessScenarios {}
