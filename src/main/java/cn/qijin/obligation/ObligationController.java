package cn.qijin.obligation;

import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** REC-1..REC-3 over REST: the unit × quarter matrix, one obligation's record, exemptions, further sessions. */
@RestController
public class ObligationController {

  private final ObligationService obligations;

  public ObligationController(ObligationService obligations) {
    this.obligations = obligations;
  }

  public record ExemptionRequest(String reason) {}

  @GetMapping("/api/campaigns/{id}/obligations")
  public ObligationService.Matrix matrix(@PathVariable Long id) {
    return obligations.matrix(id);
  }

  @GetMapping("/api/obligations/{id}")
  public ObligationService.Detail detail(@PathVariable Long id) {
    return obligations.detail(id);
  }

  @PostMapping("/api/obligations/{id}/exemption")
  public ObligationView exempt(@PathVariable Long id, @RequestBody ExemptionRequest request) {
    return obligations.exempt(id, request == null ? null : request.reason());
  }

  @PostMapping("/api/obligations/{id}/sessions")
  @ResponseStatus(HttpStatus.CREATED)
  public ObligationSession furtherSession(@PathVariable Long id, @RequestBody SessionRequest request) {
    return obligations.recordFurtherSession(id, request);
  }
}
