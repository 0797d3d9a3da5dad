package cn.qijin.campaign;

import cn.qijin.support.QijinSpringTest;

/** Units joining and leaving a running campaign, on H2. */
@QijinSpringTest
class CampaignParticipationTest extends CampaignParticipationScenarios {}
