package cn.qijin.obligation;

import cn.qijin.support.QijinSpringTest;

/** The quarterly obligation scenarios on H2. */
@QijinSpringTest
class ObligationProcessTest extends ObligationScenarios {}
