package cn.qijin.security;

import java.util.List;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.identity.User;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Who is logged in and which roles the product gives them, so a console page shows the buttons the server would
 * allow (the server still checks every action).
 */
@RestController
public class CurrentUserController {

  /** {@code office} is true for the office and the administrator, who may do what the office does. */
  public record Me(String userId, String name, boolean office, boolean leadership, boolean admin,
      List<String> unitCodes) {}

  private final CurrentUser currentUser;
  private final IdentityService identity;
  private final SystemActions system;

  public CurrentUserController(CurrentUser currentUser, IdentityService identity, SystemActions system) {
    this.currentUser = currentUser;
    this.identity = identity;
    this.system = system;
  }

  @GetMapping("/api/me")
  public Me me() {
    String userId = currentUser.userId();
    User user = system.run(() -> identity.createUserQuery().userId(userId).singleResult());
    String name = user == null ? userId : (user.getFirstName() + " " + user.getLastName()).strip();
    return new Me(userId, name, currentUser.isOffice(), currentUser.isLeadership(), currentUser.isAdmin(),
        currentUser.unitCodes());
  }
}
