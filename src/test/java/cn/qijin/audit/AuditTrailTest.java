package cn.qijin.audit;

import cn.qijin.support.QijinSpringTest;

/** The audit trail scenarios on H2. */
@QijinSpringTest
class AuditTrailTest extends AuditTrailScenarios {}
