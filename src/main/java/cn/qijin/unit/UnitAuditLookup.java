package cn.qijin.unit;

import cn.qijin.audit.UnitLookup;
import cn.qijin.unit.internal.UnitEntity;
import cn.qijin.unit.internal.UnitRepository;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/** Finds units for the audit trail, which labels entries with the unit's code and filters by it. */
@Component
class UnitAuditLookup implements UnitLookup {

  private final UnitRepository units;

  UnitAuditLookup(UnitRepository units) {
    this.units = units;
  }

  @Override
  public Optional<String> codeOf(Long unitId) {
    return units.findById(unitId).map(UnitEntity::getCode);
  }

  @Override
  public Optional<Long> idOf(String unitCode) {
    return units.findByCode(unitCode).map(UnitEntity::getId);
  }

  @Override
  public Map<String, String> namesOf(Collection<String> unitCodes) {
    if (unitCodes.isEmpty()) {
      return Map.of();
    }
    return units.findByCodeIn(unitCodes).stream()
        .collect(Collectors.toMap(UnitEntity::getCode, UnitEntity::getName, (a, b) -> a));
  }
}
