package cn.qijin.checklist;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.RecordTitles;
import cn.qijin.checklist.internal.ChecklistItemEntity;
import cn.qijin.checklist.internal.ChecklistItemRepository;
import org.springframework.stereotype.Component;

/** The audit trail names a checklist item by its code and title, e.g. “ENT-6 …” (issue 14 part 6). */
@Component
class ChecklistItemAuditTitles extends RecordTitles<ChecklistItemEntity> {

  ChecklistItemAuditTitles(ChecklistItemRepository records) {
    super(AuditSubject.CHECKLIST_ITEM, records::findAllById, ChecklistItemEntity::getId, item -> item.getCode() + " " + item.getTitle());
  }
}
