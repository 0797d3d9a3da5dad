package cn.qijin.audit;

import cn.qijin.support.QijinPostgresTest;

/** The audit trail scenarios on PostgreSQL (the V6 migration, time-zone columns and day filters there). */
@QijinPostgresTest
class AuditTrailPostgresTest extends AuditTrailScenarios {}
