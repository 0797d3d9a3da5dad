package cn.qijin.supervision;

import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.Quarter;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import org.springframework.stereotype.Component;

/**
 * When the quarterly supervision starts: {@code daysAfterQuarter} days after each quarter's end, at {@code hour}
 * Asia/Shanghai (ORG-2, PH-2 regular summary). The timer start event of qijin_supervision_schedule repeats every
 * three months from the next such day: quarter ends fall on the last day of March, June, September and December,
 * so day N after each of them is day N of January, April, July and October.
 */
@Component("supervisionSchedule")
public class SupervisionSchedule {

  private final SupervisionProperties properties;

  public SupervisionSchedule(SupervisionProperties properties) {
    this.properties = properties;
  }

  /**
   * The timer cycle, e.g. R/2000-01-07T09:00:00+08:00/P3M. It is anchored in the past so that the engine's next
   * date is always the first start after now, whenever the definition was deployed.
   */
  public String cycle() {
    return "R/" + startFor(new Quarter(1999, 4)).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME) + "/P3M";
  }

  /** The moment the supervision of this quarter starts. */
  public ZonedDateTime startFor(Quarter quarter) {
    LocalDate day = quarter.end().plusDays(properties.daysAfterQuarter());
    return day.atTime(properties.hour(), 0).atZone(CampaignClock.ZONE);
  }

  /**
   * The quarter whose supervision is due when the timer fires on the given day: the one before the day's quarter
   * (the start day is in the first month of the next quarter, even when the job ran a few days late).
   */
  public Quarter quarterEndedBefore(LocalDate day) {
    return Quarter.of(day).previous();
  }
}
