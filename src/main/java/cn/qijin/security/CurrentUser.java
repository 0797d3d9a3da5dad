package cn.qijin.security;

import cn.qijin.kernel.ForbiddenException;
import cn.qijin.kernel.UnitGroups;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/**
 * The user of the current request as the engine's authentication names it (set by the security filter chain,
 * WebSecurityConfig): for what a service does with the user's identity and units. Roles are checked by
 * annotations ({@link OfficeOnly}, {@link OfficeOrLeadership}, {@link AdminOnly}).
 */
@Component
public class CurrentUser {

  private final IdentityService identity;

  public CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  public String userId() {
    return authentication().getUserId();
  }

  /** The user, when the request or job runs as one (the application's own steps do not). */
  public Optional<String> find() {
    Authentication auth = identity.getCurrentAuthentication();
    return Optional.ofNullable(auth == null ? null : auth.getUserId());
  }

  public List<String> groups() {
    List<String> groups = authentication().getGroupIds();
    return groups == null ? List.of() : groups;
  }

  public boolean isOffice() {
    return groups().contains(Roles.OFFICE) || groups().contains(Roles.ADMIN);
  }

  /** Camunda's administrators (group camunda-admin) — and only they, not the office. */
  public boolean isAdmin() {
    return groups().contains(Roles.ADMIN);
  }

  public boolean isLeadership() {
    return groups().contains(Roles.LEADERSHIP);
  }

  /** The unit codes whose staff this user belongs to. */
  public List<String> unitCodes() {
    return groups().stream().map(UnitGroups::unitCodeOf).flatMap(Optional::stream).toList();
  }

  private Authentication authentication() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null) {
      throw new ForbiddenException("请先登录");
    }
    return auth;
  }
}
