package cn.qijin.evidence;

import cn.qijin.support.QijinSpringTest;

/** The evidence API scenarios on H2. */
@QijinSpringTest
class EvidenceApiTest extends EvidenceApiScenarios {}
