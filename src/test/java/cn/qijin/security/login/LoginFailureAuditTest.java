package cn.qijin.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.LoginFailed;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import org.junit.jupiter.api.Test;

/** The audit of failed logins under a flood, with a clock moved by hand and writes collected in a list. */
class LoginFailureAuditTest {

  private final MutableClock clock = new MutableClock();
  private final List<LoginFailed> written = new ArrayList<>();
  private final LoginFailureAudit audit = new LoginFailureAudit(written::add, Runnable::run, clock, 10, 300, 1000);

  @Test
  void the_first_ten_failures_of_a_client_per_minute_are_recorded_one_by_one_then_one_summary() {
    for (int i = 0; i < 250; i++) {
      audit.failed(i % 2 == 0 ? "office" : "leader", "203.0.113.7", LoginSurface.ENGINE_REST, null);
      audit.refused("office", "203.0.113.7");
    }
    assertThat(written).hasSize(10);
    assertThat(detail(written.get(0))).contains("office", "203.0.113.7", "/engine-rest").doesNotContain("密码：");
    assertThat(actor(written.get(0))).isEqualTo("office");

    audit.flush();
    assertThat(written).as("the minute has not ended").hasSize(10);
    clock.advance(Duration.ofSeconds(60));
    audit.flush();
    assertThat(written).hasSize(11);
    assertThat(detail(written.get(10))).contains("203.0.113.7", "另有 240 次登录失败未逐条记录", "250 次登录尝试",
        "“office”", "“leader”");

    audit.failed("office", "203.0.113.7", LoginSurface.API, null);
    assertThat(written).as("a new minute").hasSize(12);
  }

  @Test
  void a_flood_from_many_clients_writes_at_most_the_overall_limit_a_minute() {
    LoginFailureAudit limited = new LoginFailureAudit(written::add, Runnable::run, clock, 10, 50, 1000);
    for (int i = 0; i < 5000; i++) {
      limited.failed("admin", "10.0." + (i / 200) + "." + (i % 200), LoginSurface.WEBAPP, "cockpit");
    }
    assertThat(written).hasSize(50);
    clock.advance(Duration.ofSeconds(61));
    limited.flush();
    assertThat(written).hasSize(51);
    assertThat(detail(written.get(50))).contains("登录失败过多", "另有 4950 次登录失败未逐条记录", "“admin”");
  }

  @Test
  void a_writer_that_is_behind_never_blocks_a_login_and_its_failures_reach_the_summary() {
    boolean[] full = {true};
    Executor writer = task -> {
      if (full[0]) {
        throw new RejectedExecutionException("full");
      }
      task.run();
    };
    LoginFailureAudit busy = new LoginFailureAudit(written::add, writer, clock, 10, 300, 1000);
    busy.failed("office", "203.0.113.7", LoginSurface.API, null);
    assertThat(written).isEmpty();
    full[0] = false;
    clock.advance(Duration.ofSeconds(60));
    busy.flush();
    assertThat(written).hasSize(1);
    assertThat(detail(written.get(0))).contains("另有 1 次登录失败未逐条记录", "“office”");
  }

  @Test
  void at_shutdown_every_open_summary_is_written() {
    for (int i = 0; i < 12; i++) {
      audit.failed("", "203.0.113.7", LoginSurface.WEBAPP, "tasklist");
    }
    audit.flushAll();
    assertThat(written).hasSize(11);
    assertThat(detail(written.get(0))).contains("未提供账号");
    assertThat(detail(written.get(10))).contains("另有 2 次登录失败未逐条记录", "（未提供）");
  }

  private static String detail(LoginFailed entry) {
    return entry.detail();
  }

  private static String actor(LoginFailed entry) {
    return entry.actor();
  }
}
