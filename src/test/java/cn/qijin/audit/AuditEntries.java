package cn.qijin.audit;

/** What an {@link AuditEntry} says, for tests outside the audit package. */
public final class AuditEntries {

  private AuditEntries() {}

  public static AuditAction action(AuditEntry entry) {
    return entry.action();
  }

  public static String actor(AuditEntry entry) {
    return entry.actor();
  }

  public static String subjectId(AuditEntry entry) {
    return entry.subjectId();
  }

  public static String detail(AuditEntry entry) {
    return entry.detail();
  }

  public static String processInstanceId(AuditEntry entry) {
    return entry.processInstanceId();
  }

  public static String taskName(AuditEntry entry) {
    return entry.taskName();
  }
}
