package cn.qijin.demo;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/** Issue 12, point 5: the demo clock jumps ahead and keeps running, so lock expiry and retries still come. */
class DemoClockTest {

  @AfterEach
  void realTime() {
    ClockUtil.reset();
  }

  @Test
  void the_moved_clock_keeps_running() {
    Instant target = Instant.now().plus(Duration.ofDays(40));
    DemoClockController.moveTo(target);

    Instant first = ClockUtil.getCurrentTime().toInstant();
    assertThat(Duration.between(target, first).abs()).isLessThan(Duration.ofSeconds(5));
    long realStart = System.nanoTime();
    while (System.nanoTime() - realStart < Duration.ofMillis(20).toNanos()) {
      Thread.onSpinWait(); // let real time pass, without sleeping
    }
    assertThat(ClockUtil.getCurrentTime().toInstant()).as("engine time moves on with real time").isAfter(first);
  }

  @Test
  void a_second_move_is_from_real_time_not_added_to_the_first() {
    Instant later = Instant.now().plus(Duration.ofDays(90));
    DemoClockController.moveTo(Instant.now().plus(Duration.ofDays(40)));
    DemoClockController.moveTo(later);
    assertThat(Duration.between(later, ClockUtil.getCurrentTime().toInstant()).abs()).isLessThan(Duration.ofSeconds(5));
  }
}
