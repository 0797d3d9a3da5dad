package cn.qijin.unit;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.SubjectTitles;
import cn.qijin.unit.internal.UnitRepository;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail names a unit by its name and code (issue 14 part 6). */
@Component
class UnitAuditTitles implements SubjectTitles {

  private final UnitRepository records;

  UnitAuditTitles(UnitRepository records) {
    this.records = records;
  }

  @Override
  public AuditSubject subject() {
    return AuditSubject.UNIT;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> titlesOf(Collection<String> subjectIds) {
    return records.findAllById(SubjectTitles.numericIds(subjectIds)).stream()
        .collect(Collectors.toMap(r -> String.valueOf(r.getId()), r -> r.getName() + "（" + r.getCode() + "）", (a, b) -> a));
  }
}
