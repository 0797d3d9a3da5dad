package cn.qijin.security.login;

/** Where a login was tried, as the audit trail names it. */
public enum LoginSurface {
  WEBAPP("Tasklist/Cockpit/Admin 登录页"),
  ENGINE_REST("/engine-rest（HTTP Basic）"),
  API("/api（HTTP Basic）"),
  ACTUATOR("/actuator（HTTP Basic）"),
  PASSWORD_CHANGE("修改密码时核对当前密码");

  private final String chineseName;

  LoginSurface(String chineseName) {
    this.chineseName = chineseName;
  }

  public String chineseName() {
    return chineseName;
  }
}
