package cn.qijin.obligation;

import cn.qijin.campaign.CampaignStatus;
import cn.qijin.campaign.Campaigns;
import cn.qijin.obligation.internal.ObligationSession;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * REC-1..REC-3 over REST: the unit × quarter matrix, one obligation's record, exemptions, further sessions, and
 * what still keeps a campaign from closing.
 */
@RestController
public class ObligationController {

  private final ObligationService obligations;
  private final ObligationSettlement settlement;
  private final Campaigns campaigns;
  private final OfficeExtensions extensions;

  public ObligationController(ObligationService obligations, ObligationSettlement settlement,
      Campaigns campaigns, OfficeExtensions extensions) {
    this.extensions = extensions;
    this.obligations = obligations;
    this.settlement = settlement;
    this.campaigns = campaigns;
  }

  /** PH-3: whether the campaign can close, and what still keeps it open. */
  public record Closing(Long campaignId, boolean summaryApproved, boolean ended, boolean allSettled,
      List<ObligationSettlement.Open> stillOpen) {}

  public record ExemptionRequest(
      @NotBlank(message = "请填写豁免理由") @Size(max = 2000, message = "豁免理由不能超过 2000 字") String reason) {}

  public record ExtensionRequest(
      @NotNull(message = "请选择延期后的到期日") LocalDate until,
      @NotBlank(message = "请填写延期理由") @Size(max = 2000, message = "延期理由不能超过 2000 字") String reason) {}

  @GetMapping("/api/campaigns/{id}/obligations")
  public ObligationService.Matrix matrix(@PathVariable Long id) {
    return obligations.matrix(id);
  }

  /** REC-1, PH-3: for the office and the leadership group, e.g. in the final summary forms. */
  @OfficeOrLeadership
  @GetMapping("/api/campaigns/{id}/closing")
  public Closing closing(@PathVariable Long id) {
    var campaign = campaigns.byId(id);
    List<ObligationSettlement.Open> open = settlement.stillOpen(id);
    return new Closing(id, campaign.isSummaryApproved(), campaign.getStatus() == CampaignStatus.ENDED, open.isEmpty(),
        open);
  }

  @GetMapping("/api/obligations/{id}")
  public ObligationService.Detail detail(@PathVariable Long id) {
    return obligations.detail(id);
  }

  @OfficeOnly
  @PostMapping("/api/obligations/{id}/exemption")
  public ObligationView exempt(@PathVariable Long id, @Valid @RequestBody ExemptionRequest request) {
    return obligations.exempt(id, request == null ? null : request.reason());
  }

  /** REC-3: the office extends the unit's deadline itself (the 七进督导看板 matrix's 延期). */
  @OfficeOnly
  @PostMapping("/api/obligations/{id}/extension")
  public ObligationView extend(@PathVariable Long id, @Valid @RequestBody ExtensionRequest request) {
    return extensions.extend(id, request.until(), request.reason().strip());
  }

  @PostMapping("/api/obligations/{id}/sessions")
  @ResponseStatus(HttpStatus.CREATED)
  public ObligationSession furtherSession(@PathVariable Long id, @Valid @RequestBody SessionRequest request) {
    return obligations.recordFurtherSession(id, request);
  }
}
