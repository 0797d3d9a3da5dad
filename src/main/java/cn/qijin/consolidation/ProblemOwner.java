package cn.qijin.consolidation;

import cn.qijin.security.Roles;
import cn.qijin.unit.Unit;

/** Who rectifies a problem (PH-3): a unit's staff (its group unit<CODE>) or the office. */
public record ProblemOwner(String groupId, String name, Long unitId) {

  public static final String OFFICE_NAME = "活动办公室";

  static ProblemOwner of(Unit unit) {
    return new ProblemOwner(unit.groupId(), unit.getName(), unit.getId());
  }

  /** The office, under the name the office wrote (e.g. 安全科, where the office is seated). */
  static ProblemOwner office(String name) {
    return new ProblemOwner(Roles.OFFICE, name == null || name.isBlank() ? OFFICE_NAME : name, null);
  }

  boolean isUnit() {
    return unitId != null;
  }
}
