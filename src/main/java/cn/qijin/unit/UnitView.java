package cn.qijin.unit;

/** A unit as the API shows it. */
public record UnitView(Long id, String code, String name, String venue, String venueName, String contactPerson,
    String phone, String email, boolean active, String groupId) {

  static UnitView of(Unit u) {
    return new UnitView(u.getId(), u.getCode(), u.getName(), u.getVenue().name(), u.getVenue().chineseName(),
        u.getContactPerson(), u.getPhone(), u.getEmail(), u.isActive(), u.groupId());
  }
}
