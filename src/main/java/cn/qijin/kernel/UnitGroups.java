package cn.qijin.kernel;

import java.util.Optional;

/**
 * Naming of unit groups. Camunda's default resource whitelist allows only letters and digits in
 * group ids, so a unit ENT01 has the group "unitENT01". In the kernel because the security layer reads a user's
 * units from their groups (CurrentUser) as the unit module names them.
 */
public final class UnitGroups {

  static final String PREFIX = "unit";

  private UnitGroups() {}

  public static String groupIdOf(String unitCode) {
    return PREFIX + unitCode;
  }

  public static Optional<String> unitCodeOf(String groupId) {
    return groupId != null && groupId.startsWith(PREFIX) && groupId.length() > PREFIX.length()
        ? Optional.of(groupId.substring(PREFIX.length()))
        : Optional.empty();
  }
}
