package cn.qijin.audit;

import cn.qijin.security.LoginFailed;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Puts the security layer's failed logins on the trail (登录失败, subject the account), in the transaction the
 * publisher opened for each (the login audit's writer thread opens one per entry, so a login never waits for
 * the database). A failure to write reaches the publisher, which logs it.
 */
@Component
class LoginFailureRecording {

  private final AuditTrail trail;

  LoginFailureRecording(AuditTrail trail) {
    this.trail = trail;
  }

  @EventListener
  void record(LoginFailed failure) {
    trail.record(entryOf(failure));
  }

  static AuditEntry entryOf(LoginFailed failure) {
    return AuditEntry.of(AuditAction.LOGIN_FAILED, AuditSubject.ACCOUNT, failure.account())
        .by(failure.actor() == null ? AuditTrail.SYSTEM : failure.actor())
        .detail(failure.detail());
  }
}
