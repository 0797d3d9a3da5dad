package cn.qijin.security;

import cn.qijin.kernel.ForbiddenException;
import cn.qijin.unit.UnitGroups;
import java.util.List;
import java.util.Optional;
import org.camunda.bpm.engine.IdentityService;
import org.camunda.bpm.engine.impl.identity.Authentication;
import org.springframework.stereotype.Component;

/** The user of the current /api request, as authenticated by {@link ApiAuthenticationFilter}. */
@Component
public class CurrentUser {

  private final IdentityService identity;

  public CurrentUser(IdentityService identity) {
    this.identity = identity;
  }

  public String userId() {
    return authentication().getUserId();
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

  public void requireOffice() {
    if (!isOffice()) {
      throw new ForbiddenException("只有活动办公室可以进行此操作");
    }
  }

  /** Engine-level operations such as moving running processes to a new version (least privilege). */
  public void requireAdmin() {
    if (!isAdmin()) {
      throw new ForbiddenException("只有系统管理员（camunda-admin 组）可以进行此操作");
    }
  }

  public void requireOfficeOrLeadership() {
    if (!isOffice() && !isLeadership()) {
      throw new ForbiddenException("只有活动办公室或领导小组可以查看");
    }
  }

  private Authentication authentication() {
    Authentication auth = identity.getCurrentAuthentication();
    if (auth == null) {
      throw new ForbiddenException("请先登录");
    }
    return auth;
  }
}
