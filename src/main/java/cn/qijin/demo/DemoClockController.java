package cn.qijin.demo;

import jakarta.validation.constraints.Size;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.Valid;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.security.CurrentUser;
import cn.qijin.security.OfficeOnly;
import java.time.LocalDateTime;
import java.time.format.DateTimeParseException;
import java.time.Instant;
import java.util.Map;
import org.camunda.bpm.engine.ProcessEngine;
import org.camunda.bpm.engine.impl.cfg.ProcessEngineConfigurationImpl;
import org.camunda.bpm.engine.impl.util.ClockUtil;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * Demo profile only: the office moves the engine clock (Asia/Shanghai wall time) forward, and it keeps
 * running from there, to watch deadlines lapse; the job executor then fires every timer that has become due (reminders, escalations,
 * phase changes). Never present outside the demo profile.
 */
@RestController
@ConditionalOnProperty(name = "qijin.demo.enabled", havingValue = "true")
public class DemoClockController {

  private static final Logger LOG = LoggerFactory.getLogger(DemoClockController.class);

  private final CurrentUser currentUser;
  private final ProcessEngine engine;

  public DemoClockController(CurrentUser currentUser, ProcessEngine engine) {
    this.currentUser = currentUser;
    this.engine = engine;
  }

  public record ClockRequest(
      @NotBlank(message = "请填写时间，如 2026-12-31T10:00") @Size(max = 40, message = "时间格式应为 yyyy-MM-ddTHH:mm（北京时间），如 2026-12-31T10:00")
      String time) {}

  @GetMapping("/api/demo/clock")
  public Map<String, Object> now() {
    return Map.of("now", LocalDateTime.ofInstant(CampaignClock.now(), CampaignClock.ZONE).toString(),
        "zone", CampaignClock.ZONE.getId());
  }

  @OfficeOnly
  @PostMapping("/api/demo/clock")
  public Map<String, Object> set(@Valid @RequestBody ClockRequest request) {
    LocalDateTime time;
    try {
      time = LocalDateTime.parse(request == null || request.time() == null ? "" : request.time().trim());
    } catch (DateTimeParseException e) {
      throw new InvalidInputException("时间格式应为 yyyy-MM-ddTHH:mm（北京时间），如 2026-12-31T10:00");
    }
    if (time.atZone(CampaignClock.ZONE).toInstant().isBefore(CampaignClock.now())) {
      throw new InvalidInputException("演示时钟只能向后拨，不能早于当前演示时间");
    }
    long offset = moveTo(time.atZone(CampaignClock.ZONE).toInstant());
    LOG.warn("Demo clock set to {} (Asia/Shanghai, {} ms ahead of real time) by {}", time, offset, currentUser.userId());
    wakeJobExecutor();
    return now();
  }

  @OfficeOnly
  @DeleteMapping("/api/demo/clock")
  public Map<String, Object> reset() {
    ClockUtil.reset();
    return now();
  }

  /**
   * Puts the engine clock at {@code target} and keeps it running from there (an offset on the real
   * clock, issue 12): a fixed time would stop job lock expiry and retries until the clock moved again.
   * Returns the offset in milliseconds.
   */
  static long moveTo(Instant target) {
    long offset = target.toEpochMilli() - System.currentTimeMillis();
    ClockUtil.offset(offset);
    return offset;
  }

  /** The job executor may be idling for up to a minute; what became due should run now. */
  private void wakeJobExecutor() {
    var jobExecutor = ((ProcessEngineConfigurationImpl) engine.getProcessEngineConfiguration()).getJobExecutor();
    if (jobExecutor != null) {
      jobExecutor.jobWasAdded();
    }
  }
}
