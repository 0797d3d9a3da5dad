package cn.qijin.unit;

import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.RecordTitles;
import cn.qijin.unit.internal.UnitEntity;
import cn.qijin.unit.internal.UnitRepository;
import org.springframework.stereotype.Component;

/** The audit trail names a unit by its name and code (issue 14 part 6). */
@Component
class UnitAuditTitles extends RecordTitles<UnitEntity> {

  UnitAuditTitles(UnitRepository records) {
    super(AuditSubject.UNIT, records::findAllById, UnitEntity::getId, unit -> unit.getName() + "（" + unit.getCode() + "）");
  }
}
