package cn.qijin.supervision;

import cn.qijin.support.QijinSpringTest;

/** The quarterly supervision scenarios on H2. */
@QijinSpringTest
class SupervisionProcessTest extends SupervisionScenarios {}
