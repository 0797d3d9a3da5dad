package cn.qijin.unit;

import cn.qijin.support.QijinPostgresTest;

/** The unit registry scenarios on PostgreSQL. */
@QijinPostgresTest
class UnitRegistryPostgresTest extends UnitRegistryScenarios {}
