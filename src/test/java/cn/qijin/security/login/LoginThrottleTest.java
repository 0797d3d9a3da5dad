package cn.qijin.security.login;

import static org.assertj.core.api.Assertions.assertThat;

import cn.qijin.security.login.LoginThrottle.Admission;
import cn.qijin.security.login.LoginThrottle.Level;
import cn.qijin.security.login.LoginThrottle.Outcome;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The throttle's arithmetic with a clock moved by hand (defaults of application.yml). */
class LoginThrottleTest {

  private static final String STRANGER = "203.0.113.7";
  private static final String REAL_USER = "198.51.100.20";

  private final MutableClock clock = new MutableClock();
  private final LoginThrottle throttle = new LoginThrottle(LoginThrottleProperties.defaults(), clock);

  @Test
  void a_client_has_five_free_failures_per_account_then_waits_one_two_four_seconds_up_to_five_minutes() {
    for (int i = 0; i < 5; i++) {
      fail(STRANGER, "office");
    }
    assertRefused(STRANGER, "office", Level.CLIENT_ACCOUNT, Duration.ofSeconds(1));
    clock.advance(Duration.ofMillis(999));
    assertRefused(STRANGER, "office", Level.CLIENT_ACCOUNT, Duration.ofMillis(1));
    clock.advance(Duration.ofMillis(1));
    fail(STRANGER, "office");
    assertRefused(STRANGER, "office", Level.CLIENT_ACCOUNT, Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    fail(STRANGER, "office");
    assertRefused(STRANGER, "office", Level.CLIENT_ACCOUNT, Duration.ofSeconds(4));
    for (int i = 0; i < 10; i++) {
      clock.advance(Duration.ofMinutes(5));
      fail(STRANGER, "office");
    }
    // 18 failures: the pair's delay has reached its cap (the client's 20 free failures are not used up yet)
    assertRefused(STRANGER, "office", Level.CLIENT_ACCOUNT, Duration.ofMinutes(5));
  }

  @Test
  void a_refused_attempt_counts_nothing() {
    for (int i = 0; i < 5; i++) {
      fail(STRANGER, "office");
    }
    for (int i = 0; i < 1000; i++) {
      assertThat(throttle.admit(STRANGER, "office").admitted()).isFalse();
    }
    clock.advance(Duration.ofSeconds(1));
    assertThat(throttle.admit(STRANGER, "office").admitted()).isTrue();
  }

  @Test
  void a_strangers_failures_never_stop_the_real_user_from_another_client() {
    for (int minute = 0; minute < 60; minute++) {
      for (int i = 0; i < 100; i++) {
        Admission attempt = throttle.admit(STRANGER, "office");
        if (attempt.admitted()) {
          throttle.finish(attempt, Outcome.FAILURE, null);
        }
      }
      // the real user, from a computer that never logged in before, at any moment: in at once
      Admission real = throttle.admit(REAL_USER + minute, "office");
      assertThat(real.admitted()).as("minute %d: %s", minute, real).isTrue();
      throttle.finish(real, Outcome.SUCCESS, null);
      clock.advance(Duration.ofMinutes(1));
    }
  }

  @Test
  void failures_from_many_clients_delay_an_account_by_two_seconds_at_most_and_never_its_known_clients() {
    Admission known = throttle.admit(REAL_USER, "office");
    throttle.finish(known, Outcome.SUCCESS, null);
    for (int i = 0; i < 10; i++) {
      fail("192.0.2." + i, "office");
    }
    assertRefused("192.0.2.200", "office", Level.ACCOUNT, Duration.ofSeconds(1));
    assertThat(throttle.admit(REAL_USER, "office").admitted()).as("known client").isTrue();
  }

  @Test
  void the_account_level_delay_is_capped_however_many_clients_fail() {
    for (int i = 0; i < 5000; i++) {
      clock.advance(Duration.ofSeconds(2));
      fail("10.1." + (i / 250) + "." + (i % 250), "leader");
    }
    Admission newcomer = throttle.admit("198.51.100.99", "leader");
    assertThat(newcomer.refusedAt()).isEqualTo(Level.ACCOUNT);
    assertThat(newcomer.retryAfter()).isLessThanOrEqualTo(Duration.ofSeconds(2));
    clock.advance(Duration.ofSeconds(2));
    assertThat(throttle.admit("198.51.100.99", "leader").admitted()).isTrue();
  }

  @Test
  void one_client_trying_many_accounts_is_throttled_as_a_client() {
    for (int i = 0; i < 20; i++) {
      fail(STRANGER, "user" + i);
    }
    assertRefused(STRANGER, "someone-else", Level.CLIENT, Duration.ofSeconds(1));
    assertRefused(STRANGER, "office", Level.CLIENT, Duration.ofSeconds(1));
    assertThat(throttle.admit(REAL_USER, "office").admitted()).as("other clients are not concerned").isTrue();
  }

  @Test
  void a_success_clears_the_client_and_account_pair_but_not_the_client() {
    for (int i = 0; i < 4; i++) {
      fail(REAL_USER, "office");
    }
    Admission right = throttle.admit(REAL_USER, "office");
    throttle.finish(right, Outcome.SUCCESS, null);
    for (int i = 0; i < 4; i++) {
      fail(REAL_USER, "office");
    }
    assertThat(throttle.admit(REAL_USER, "office").admitted()).as("after the success 5 free failures again").isTrue();

    // a stranger with an account of his own cannot clear his failures at the client level by logging in
    LoginThrottle fresh = new LoginThrottle(LoginThrottleProperties.defaults(), clock);
    for (int i = 0; i < 20; i++) {
      Admission a = fresh.admit(STRANGER, "victim" + i);
      fresh.finish(a, Outcome.FAILURE, null);
    }
    assertThat(fresh.admit(STRANGER, "his-own").refusedAt()).isEqualTo(Level.CLIENT);
  }

  @Test
  void failures_are_forgotten_after_fifteen_quiet_minutes() {
    for (int i = 0; i < 5; i++) {
      fail(STRANGER, "office");
    }
    clock.advance(Duration.ofMinutes(15));
    for (int i = 0; i < 5; i++) {
      fail(STRANGER, "office");
    }
    assertRefused(STRANGER, "office", Level.CLIENT_ACCOUNT, Duration.ofSeconds(1));
  }

  @Test
  void attempts_running_at_the_same_time_cannot_pass_the_budget_together() {
    for (int i = 0; i < 3; i++) {
      fail(STRANGER, "office");
    }
    List<Admission> inFlight = new ArrayList<>();
    for (int i = 0; i < 50; i++) {
      Admission a = throttle.admit(STRANGER, "office");
      if (a.admitted()) {
        inFlight.add(a);
      }
    }
    assertThat(inFlight).hasSize(2);
    inFlight.forEach(a -> throttle.finish(a, Outcome.NONE, null));
    assertThat(throttle.admit(STRANGER, "office").admitted()).as("released, nothing counted").isTrue();
  }

  @Test
  void the_failure_counts_for_the_account_whose_password_was_checked() {
    for (int i = 0; i < 5; i++) {
      Admission a = throttle.admit(STRANGER, "");
      throttle.finish(a, Outcome.FAILURE, "admin");
    }
    assertThat(throttle.admit(STRANGER, "admin").refusedAt()).isEqualTo(Level.CLIENT_ACCOUNT);
  }

  @Test
  void memory_stays_bounded_under_a_flood_of_clients_and_accounts() {
    for (int i = 0; i < 100_000; i++) {
      fail("c" + i, "a" + i);
    }
    assertThat(throttle.size()).isLessThanOrEqualTo(20_000);
  }

  @Test
  void the_delay_doubles_and_never_overflows() {
    assertThat(LoginThrottle.delayMillis(1000, 300_000, 0)).isZero();
    assertThat(LoginThrottle.delayMillis(1000, 300_000, 1)).isEqualTo(1000);
    assertThat(LoginThrottle.delayMillis(1000, 300_000, 4)).isEqualTo(8000);
    assertThat(LoginThrottle.delayMillis(1000, 300_000, 9)).isEqualTo(256_000);
    assertThat(LoginThrottle.delayMillis(1000, 300_000, 10)).isEqualTo(300_000);
    assertThat(LoginThrottle.delayMillis(1000, 300_000, Integer.MAX_VALUE)).isEqualTo(300_000);
    assertThat(LoginThrottle.delayMillis(Long.MAX_VALUE / 2, Long.MAX_VALUE, 64)).isEqualTo(Long.MAX_VALUE);
  }

  private void fail(String client, String account) {
    Admission a = throttle.admit(client, account);
    assertThat(a.admitted()).as("%s %s admitted", client, account).isTrue();
    throttle.finish(a, Outcome.FAILURE, null);
  }

  private void assertRefused(String client, String account, Level level, Duration retryAfter) {
    Admission a = throttle.admit(client, account);
    assertThat(a.refusedAt()).as("%s %s", client, account).isEqualTo(level);
    assertThat(a.retryAfter()).isEqualTo(retryAfter);
  }
}
