package cn.qijin.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Optional;

/**
 * How the audit trail finds a unit's code from its id (to label an entry) and its id from its code (to filter the
 * trail by unit), without depending on the unit module: every module, the unit module included, writes audit
 * entries, so audit sits below unit and the unit module implements this.
 */
public interface UnitLookup {

  /** The code of the unit with this id, empty when there is none. */
  Optional<String> codeOf(Long unitId);

  /** The id of the unit with this code, empty when there is none. */
  Optional<Long> idOf(String unitCode);

  /** The names of the units with these codes, by code (codes of no unit left out). */
  Map<String, String> namesOf(Collection<String> unitCodes);
}
