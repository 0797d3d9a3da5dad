package cn.qijin.template;

import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Recurrence;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.io.IOException;
import org.springframework.stereotype.Component;

/** Reads template YAML; refuses a malformed one with a Chinese message. */
@Component
public class TemplateParser {

  private final ObjectMapper yaml = new ObjectMapper(new YAMLFactory())
      .registerModule(new JavaTimeModule())
      .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES);

  public TemplateDocument parse(String source) {
    try {
      TemplateDocument doc = yaml.readValue(source, TemplateDocument.class);
      if (doc.code() == null || doc.code().isBlank() || doc.version() < 1) {
        throw new InvalidInputException("活动模板缺少编号（code）或版本号（version ≥ 1）");
      }
      doc.phase("PH1");
      doc.phase("PH2");
      doc.phase("PH3");
      TemplateDocument.Review review = doc.reviewOrDefault();
      if (review.days() < 1 || review.reminderEveryDays() < 1 || review.graceDays() < 1) {
        throw new InvalidInputException("活动模板的审核设置（review）中 days、reminderEveryDays、graceDays 须为不小于 1 的天数");
      }
      if (doc.obligations() != null) {
        doc.obligations().forEach(o -> checkObligation(o, doc.remindersOrDefault()));
      }
      return doc;
    } catch (IOException | IllegalStateException e) {
      throw new InvalidInputException("活动模板格式不正确：" + e.getMessage());
    }
  }

  /** COM-2, PUB-2, REC-1: a known period, and no reminder before the period has begun. */
  private static void checkObligation(TemplateDocument.Obligation o, TemplateDocument.Reminders templateReminders) {
    Recurrence recurrence = Recurrence.fromTemplate(o.period()).orElseThrow(() -> new InvalidInputException(
        "活动模板中周期任务 " + o.code() + " 的周期（period）应为 QUARTER（每季度）或 MONTH（每月），收到“" + o.period() + "”"));
    TemplateDocument.Reminders reminders = o.remindersOr(templateReminders);
    try {
      ReminderPolicy.of(reminders);
    } catch (IllegalArgumentException e) {
      throw new InvalidInputException("活动模板中周期任务 " + o.code() + " 的提醒设置（reminders）须给出 daysBefore（每项不小于 1）、"
          + "onDueDay、repeatEveryDaysAfter（不小于 1）和 hour（0–23）");
    }
    if (reminders.daysBefore().stream().anyMatch(d -> d >= recurrence.shortestDays())) {
      throw new InvalidInputException("活动模板中周期任务 " + o.code() + " 的提前提醒天数（daysBefore）须小于 "
          + recurrence.shortestDays() + " 天，否则提醒会早于" + recurrence.chineseName() + "开始，收到 " + reminders.daysBefore());
    }
  }
}
