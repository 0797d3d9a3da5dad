package cn.qijin.mobilisation;

import cn.qijin.security.OfficeOrLeadership;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** PH-1: the office and the leadership group see who has signed the work plan and who has not (未签收单位). */
@RestController
public class AcknowledgementController {

  private final PlanAcknowledgements acknowledgements;

  public AcknowledgementController(PlanAcknowledgements acknowledgements) {
    this.acknowledgements = acknowledgements;
  }

  @OfficeOrLeadership
  @GetMapping("/api/campaigns/{campaignId}/acknowledgements")
  public AcknowledgementStatus acknowledgements(@PathVariable Long campaignId) {
    return acknowledgements.status(campaignId);
  }
}
