package cn.qijin.checklist;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.SubjectTitles;
import cn.qijin.checklist.internal.ChecklistItemRepository;
import java.util.Collection;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/** The audit trail names a checklist item by its code and title, e.g. “ENT-6 …” (issue 14 part 6). */
@Component
class ChecklistItemAuditTitles implements SubjectTitles {

  private final ChecklistItemRepository records;

  ChecklistItemAuditTitles(ChecklistItemRepository records) {
    this.records = records;
  }

  @Override
  public AuditSubject subject() {
    return AuditSubject.CHECKLIST_ITEM;
  }

  @Override
  @Transactional(readOnly = true)
  public Map<String, String> titlesOf(Collection<String> subjectIds) {
    return records.findAllById(SubjectTitles.numericIds(subjectIds)).stream()
        .collect(Collectors.toMap(r -> String.valueOf(r.getId()), r -> r.getCode() + " " + r.getTitle(), (a, b) -> a));
  }
}
