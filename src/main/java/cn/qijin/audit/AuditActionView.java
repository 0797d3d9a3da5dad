package cn.qijin.audit;

/** An action the trail knows, for the office's filter: its code and Chinese name. */
public record AuditActionView(String code, String name) {

  static AuditActionView of(AuditAction action) {
    return new AuditActionView(action.name(), action.chineseName());
  }
}
