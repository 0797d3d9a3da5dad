package cn.qijin.operations;

import cn.qijin.support.QijinPostgresTest;

/** The operations metrics scenarios on PostgreSQL: the aggregate queries and their parameters there. */
@QijinPostgresTest
class OperationsMetricsPostgresTest extends OperationsMetricsScenarios {}
