package cn.qijin.campaign;

import cn.qijin.support.QijinPostgresTest;

/** The campaign scenarios on PostgreSQL (the production database). */
@QijinPostgresTest
class CampaignProcessPostgresTest extends CampaignProcessScenarios {}
