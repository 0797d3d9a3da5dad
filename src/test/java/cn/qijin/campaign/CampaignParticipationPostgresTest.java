package cn.qijin.campaign;

import cn.qijin.support.QijinPostgresTest;

/** Units joining and leaving a running campaign, on PostgreSQL. */
@QijinPostgresTest
class CampaignParticipationPostgresTest extends CampaignParticipationScenarios {}
