package cn.qijin.unit;

import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.Venue;
import java.io.IOException;
import java.io.OutputStream;
import java.util.List;
import java.util.Map;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Writes the registry, with each unit's accounts, as the import sheet's columns (on the record: it names people). */
@Service
class UnitRegistryExport {

  private final UnitService units;
  private final StaffAccounts staff;
  private final AuditTrail audit;

  UnitRegistryExport(UnitService units, StaffAccounts staff, AuditTrail audit) {
    this.units = units;
    this.staff = staff;
    this.audit = audit;
  }

  @Transactional
  void write(String text, Venue venue, Boolean active, OutputStream out) throws IOException {
    List<Unit> found = units.search(text, venue, active);
    Map<String, List<StaffAccount>> accounts = staff.byGroup();
    UnitSheet.write(found.stream()
        .map(u -> new UnitSheet.Entry(u, accounts.getOrDefault(u.groupId(), List.of()))).toList(), out);
    audit.record(AuditEntry.of(AuditAction.UNITS_EXPORTED, AuditSubject.UNIT_REGISTRY, null)
        .detail(found.size() + " 个单位"));
  }
}
