package cn.qijin.notification;

import cn.qijin.unit.Unit;
import java.util.LinkedHashSet;
import java.util.Set;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.stereotype.Component;

/** E-mail addresses of a unit (its contact address and its staff) or of a role group's members. */
@Component
public class Recipients {

  private final IdentityService identity;

  public Recipients(IdentityService identity) {
    this.identity = identity;
  }

  public Set<String> ofUnit(Unit unit) {
    Set<String> addresses = new LinkedHashSet<>();
    if (unit.getEmail() != null && !unit.getEmail().isBlank()) {
      addresses.add(unit.getEmail().trim());
    }
    addresses.addAll(ofGroup(unit.groupId()));
    return addresses;
  }

  public Set<String> ofGroup(String groupId) {
    Set<String> addresses = new LinkedHashSet<>();
    for (User user : identity.createUserQuery().memberOfGroup(groupId).list()) {
      if (user.getEmail() != null && !user.getEmail().isBlank()) {
        addresses.add(user.getEmail().trim());
      }
    }
    return addresses;
  }
}
