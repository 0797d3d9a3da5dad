package cn.qijin.organisation;

import cn.qijin.security.Roles;

/** The two bodies of the plan's 二、组织机构: the leadership group (ORG-1) and its office (ORG-2). */
public enum Body {
  LEADERSHIP("领导小组", Roles.LEADERSHIP),
  OFFICE("活动办公室", Roles.OFFICE);

  private final String chineseName;
  private final String groupId;

  Body(String chineseName, String groupId) {
    this.chineseName = chineseName;
    this.groupId = groupId;
  }

  public String chineseName() {
    return chineseName;
  }

  /** The Camunda group whose members act for this body. */
  public String groupId() {
    return groupId;
  }
}
