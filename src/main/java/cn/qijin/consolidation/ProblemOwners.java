package cn.qijin.consolidation;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.Optional;
import org.springframework.stereotype.Component;

/** Finds the owner of a problem from what the office wrote or chose. */
@Component
class ProblemOwners {

  private final Units units;

  ProblemOwners(Units units) {
    this.units = units;
  }

  /** REST: a unit code, or nothing for the office; an unknown code is refused. */
  ProblemOwner byUnitCode(String unitCode) {
    if (unitCode == null || unitCode.isBlank()) {
      return ProblemOwner.office(null);
    }
    return units.findByCode(unitCode.trim().toUpperCase()).map(ProblemOwner::of)
        .orElseThrow(() -> new InvalidInputException("未找到编码为“" + unitCode.trim() + "”的责任单位"));
  }

  ProblemOwner byUnitId(Long unitId) {
    return ProblemOwner.of(units.find(unitId).orElseThrow());
  }

  /**
   * The consolidation form's free text: a unit's code or registered name makes that unit the owner;
   * anything else (e.g. 安全科, 办公室) is followed up by the office under that name.
   */
  ProblemOwner byFormText(String owner) {
    String text = owner.trim();
    Optional<Unit> unit = units.findByCode(text.toUpperCase())
        .or(() -> units.all().stream().filter(u -> text.equals(u.getName())).findFirst());
    return unit.map(ProblemOwner::of).orElseGet(() -> ProblemOwner.office(text));
  }
}
