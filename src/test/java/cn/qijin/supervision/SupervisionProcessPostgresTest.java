package cn.qijin.supervision;

import cn.qijin.support.QijinPostgresTest;

/** The quarterly supervision scenarios on PostgreSQL. */
@QijinPostgresTest
class SupervisionProcessPostgresTest extends SupervisionScenarios {}
