package cn.qijin.kernel;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.Date;
import org.camunda.bpm.engine.impl.util.ClockUtil;

/**
 * Campaign dates are calendar days in Asia/Shanghai, whatever the server's zone. "Now" comes from
 * the engine clock so that tests (and the demo) can move time for timers and validation alike.
 */
public final class CampaignClock {

  public static final ZoneId ZONE = ZoneId.of("Asia/Shanghai");

  private CampaignClock() {}

  public static Instant now() {
    return ClockUtil.getCurrentTime().toInstant();
  }

  public static LocalDate today() {
    return LocalDate.ofInstant(now(), ZONE);
  }

  /** 00:00 of the given day in Shanghai. */
  public static Date startOfDay(LocalDate day) {
    return Date.from(day.atStartOfDay(ZONE).toInstant());
  }

  /** 23:59:59 of the given day in Shanghai: the moment a deadline "by the end of that day" lapses. */
  public static Date endOfDay(LocalDate day) {
    return Date.from(day.plusDays(1).atStartOfDay(ZONE).toInstant().minusSeconds(1));
  }
}
