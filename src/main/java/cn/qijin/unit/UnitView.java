package cn.qijin.unit;

import cn.qijin.kernel.Venue;
import java.util.List;

/**
 * A unit as the API shows it: {@code venue} is the primary venue, {@code additionalVenues} the others it serves,
 * {@code venueNames} all of them in Chinese,
 * {@code accounts} how many staff accounts it has.
 */
public record UnitView(Long id, String code, String name, String venue, String venueName,
    List<String> additionalVenues, List<String> venueNames, String contactPerson, String phone, String email,
    boolean active, String groupId, int accounts) {

  static UnitView of(Unit u, int accounts) {
    return new UnitView(u.getId(), u.getCode(), u.getName(), u.getVenue().name(), u.getVenue().chineseName(),
        u.getAdditionalVenues().stream().map(Venue::name).toList(),
        u.venues().stream().map(Venue::chineseName).toList(),
        u.getContactPerson(), u.getPhone(), u.getEmail(), u.isActive(), u.groupId(), accounts);
  }
}
