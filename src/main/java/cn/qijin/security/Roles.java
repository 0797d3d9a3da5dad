package cn.qijin.security;

/** The campaign's roles (ORG-1, ORG-2) as Camunda group ids; units have one group each (ORG-3). */
public final class Roles {

  /** 领导小组 — leads the campaign, last step of every escalation (ORG-1). */
  public static final String LEADERSHIP = "leadership";
  /** 办公室 — collects, urges, aggregates, circulates, reports (ORG-2). */
  public static final String OFFICE = "office";
  /** Camunda's administrators. */
  public static final String ADMIN = "camunda-admin";

  private Roles() {}
}
