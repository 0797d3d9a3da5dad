package cn.qijin.organisation;

import java.time.Instant;
import java.util.List;

/** The leadership group and the office as the 组织机构 page shows them. */
public record OrganisationView(Profile profile, List<Member> leadership, List<Member> office, List<RoleOption> roles) {

  public record Profile(String bureauName, String officeName, String officeSeat, String updatedBy, Instant updatedAt) {}

  /**
   * One member; {@code account} tells how the bound account stands: 未绑定, 账号不存在, 已在<body>组, or 未加入<body>组
   * (the administrator adds it in Admin: the office grants no group membership).
   */
  public record Member(Long id, String body, String bodyName, String role, String roleName, String name, String position,
      String userId, String phone, String account, boolean accountInGroup) {}

  public record RoleOption(String role, String roleName, String body, String bodyName, boolean single) {}
}
