package cn.qijin.launch;

import cn.qijin.campaign.CampaignRequest;
import cn.qijin.kernel.InvalidInputException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.Validator;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.springframework.stereotype.Component;

/**
 * Reads the 发起活动 form's proposal ({@code launchDraft}, JSON) into the same {@link CampaignRequest} the API takes,
 * with its Bean Validation rules, so the form and {@code POST /api/campaigns} cannot drift apart.
 */
@Component
class ProposalInput {

  private static final int MAX_LENGTH = 1024 * 1024;

  private final ObjectMapper json;
  private final Validator validator;

  ProposalInput(ObjectMapper json, Validator validator) {
    this.json = json;
    this.validator = validator;
  }

  CampaignRequest parse(byte[] utf8) {
    if (utf8 == null || utf8.length == 0) {
      throw new InvalidInputException("请填写活动方案");
    }
    if (utf8.length > MAX_LENGTH) {
      throw new InvalidInputException("活动方案过长，请减少检查项或参加单位后重试");
    }
    CampaignRequest request;
    try {
      request = json.readValue(new String(utf8, StandardCharsets.UTF_8), CampaignRequest.class);
    } catch (JsonProcessingException e) {
      throw new InvalidInputException("活动方案格式不正确（如日期须为 yyyy-MM-dd），请刷新页面后重新填写");
    }
    if (request == null) {
      throw new InvalidInputException("请填写活动方案");
    }
    return validated(request);
  }

  CampaignRequest validated(CampaignRequest request) {
    List<String> problems = validator.validate(request).stream().map(ConstraintViolation::getMessage).distinct()
        .sorted().toList();
    if (!problems.isEmpty()) {
      throw new InvalidInputException(String.join("；", problems), problems);
    }
    return request;
  }
}
