package cn.qijin.template;

import cn.qijin.common.InvalidInputException;
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
      return doc;
    } catch (IOException | IllegalStateException e) {
      throw new InvalidInputException("活动模板格式不正确：" + e.getMessage());
    }
  }
}
