package cn.qijin.audit;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.LoginFailed;
import org.junit.jupiter.api.Test;

/** A failed login the security layer publishes becomes the same audit entry it wrote itself before. */
class LoginFailureRecordingTest {

  @Test
  void a_single_failure_names_the_account_as_subject_and_actor() {
    AuditEntry entry = LoginFailureRecording.entryOf(new LoginFailed("office", "office", "账号“office”登录失败"));
    assertThat(entry.action()).isEqualTo(AuditAction.LOGIN_FAILED);
    assertThat(entry.subjectType()).isEqualTo(AuditSubject.ACCOUNT);
    assertThat(entry.subjectId()).isEqualTo("office");
    assertThat(entry.actor()).isEqualTo("office");
    assertThat(entry.detail()).isEqualTo("账号“office”登录失败");
  }

  @Test
  void a_summary_without_an_actor_is_by_the_system() {
    AuditEntry entry = LoginFailureRecording.entryOf(new LoginFailed(null, null, "一分钟内登录失败过多"));
    assertThat(entry.subjectId()).isNull();
    assertThat(entry.actor()).isEqualTo(AuditTrail.SYSTEM);
  }
}
