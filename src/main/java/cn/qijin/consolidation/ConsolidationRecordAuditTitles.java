package cn.qijin.consolidation;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.SubjectTitles;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail names a good example, standing rule or problem by its title (issue 14 part 6). */
@Component
class ConsolidationRecordAuditTitles implements SubjectTitles {

  private final ConsolidationRecordRepository records;

  ConsolidationRecordAuditTitles(ConsolidationRecordRepository records) {
    this.records = records;
  }

  @Override
  public AuditSubject subject() {
    return AuditSubject.CONSOLIDATION_RECORD;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> titlesOf(Collection<String> subjectIds) {
    return records.findAllById(SubjectTitles.numericIds(subjectIds)).stream()
        .collect(Collectors.toMap(r -> String.valueOf(r.getId()), r -> r.getTitle(), (a, b) -> a));
  }
}
