package cn.qijin.obligation;

import cn.qijin.support.QijinPostgresTest;

/** The quarterly obligation scenarios on PostgreSQL. */
@QijinPostgresTest
class ObligationProcessPostgresTest extends ObligationScenarios {}
