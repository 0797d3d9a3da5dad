package cn.qijin.supervision;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.SubjectTitles;
import cn.qijin.supervision.internal.SupervisionRoundRepository;
import cn.qijin.kernel.Quarter;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail names a supervision round by its quarter, e.g. “2017年第四季度督导” (issue 14 part 6). */
@Component
class SupervisionRoundAuditTitles implements SubjectTitles {

  private final SupervisionRoundRepository records;

  SupervisionRoundAuditTitles(SupervisionRoundRepository records) {
    this.records = records;
  }

  @Override
  public AuditSubject subject() {
    return AuditSubject.SUPERVISION_ROUND;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> titlesOf(Collection<String> subjectIds) {
    return records.findAllById(SubjectTitles.numericIds(subjectIds)).stream()
        .collect(Collectors.toMap(r -> String.valueOf(r.getId()), r -> Quarter.parse(r.getQuarterCode()).chineseName() + "督导", (a, b) -> a));
  }
}
