package cn.qijin.operations;

import cn.qijin.support.QijinSpringTest;

/** The operations metrics scenarios on H2. */
@QijinSpringTest
class OperationsMetricsTest extends OperationsMetricsScenarios {}
