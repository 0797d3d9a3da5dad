package cn.qijin.evidence;

import cn.qijin.support.QijinPostgresTest;

/** The evidence API scenarios on PostgreSQL. */
@QijinPostgresTest
class EvidenceApiPostgresTest extends EvidenceApiScenarios {}
