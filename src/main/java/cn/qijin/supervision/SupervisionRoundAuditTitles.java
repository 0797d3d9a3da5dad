package cn.qijin.supervision;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.RecordTitles;
import cn.qijin.kernel.Quarter;
import cn.qijin.supervision.internal.SupervisionRound;
import cn.qijin.supervision.internal.SupervisionRoundRepository;
import org.springframework.stereotype.Component;

/** The audit trail names a supervision round by its quarter, e.g. “2017年第四季度督导” (issue 14 part 6). */
@Component
class SupervisionRoundAuditTitles extends RecordTitles<SupervisionRound> {

  SupervisionRoundAuditTitles(SupervisionRoundRepository records) {
    super(AuditSubject.SUPERVISION_ROUND, records::findAllById, SupervisionRound::getId, round -> Quarter.parse(round.getQuarterCode()).chineseName() + "督导");
  }
}
