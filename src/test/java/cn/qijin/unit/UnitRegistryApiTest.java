package cn.qijin.unit;

import cn.qijin.support.QijinSpringTest;

/** The unit registry scenarios on H2. */
@QijinSpringTest
class UnitRegistryApiTest extends UnitRegistryScenarios {}
