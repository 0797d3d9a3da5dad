package cn.qijin.consolidation;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.RecordTitles;
import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import org.springframework.stereotype.Component;

/** The audit trail names a good example, standing rule or problem by its title (issue 14 part 6). */
@Component
class ConsolidationRecordAuditTitles extends RecordTitles<ConsolidationRecord> {

  ConsolidationRecordAuditTitles(ConsolidationRecordRepository records) {
    super(AuditSubject.CONSOLIDATION_RECORD, records::findAllById, ConsolidationRecord::getId, ConsolidationRecord::getTitle);
  }
}
