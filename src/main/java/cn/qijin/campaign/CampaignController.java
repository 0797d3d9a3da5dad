package cn.qijin.campaign;

import cn.qijin.security.CurrentUser;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * ORG-2: the office defines a campaign from a template (as a draft; it completes the checklist through
 * {@code POST /api/campaigns/{id}/checklist-items}, checklist's CampaignChecklistController). It starts only once the
 * leadership group approved it (ORG-1): launch's {@code POST /api/campaigns/{id}/approval-request}, or the
 * 发起活动 form in Tasklist.
 */
@RestController
@RequestMapping("/api")
public class CampaignController {

  private final CampaignService campaigns;
  private final CampaignChecklist checklist;
  private final CurrentUser currentUser;
  private final CampaignParticipation participation;

  public CampaignController(CampaignService campaigns, CampaignChecklist checklist,
      CurrentUser currentUser, CampaignParticipation participation) {
    this.participation = participation;
    this.campaigns = campaigns;
    this.checklist = checklist;
    this.currentUser = currentUser;
  }

  @OfficeOrLeadership
  @GetMapping("/campaigns")
  public List<CampaignView> list() {
    return campaigns.all().stream().map(c -> CampaignView.of(c, List.of())).toList();
  }

  @OfficeOrLeadership
  @GetMapping("/campaigns/{id}")
  public CampaignView one(@PathVariable Long id) {
    return view(campaigns.byId(id));
  }

  @OfficeOnly
  @PostMapping("/campaigns")
  @ResponseStatus(HttpStatus.CREATED)
  public CampaignView define(@Valid @RequestBody CampaignRequest request) {
    return view(campaigns.define(request, currentUser.userId()));
  }

  /** What the office sends to add a unit to a running campaign. */
  public record JoinRequest(@NotBlank(message = "请选择要加入活动的单位") String unitCode) {}

  /** Issue 14 part 4: adds a unit to the running campaign; it owes what falls due from today. */
  @OfficeOnly
  @PostMapping("/campaigns/{id}/units")
  @ResponseStatus(HttpStatus.CREATED)
  public LateJoin addUnit(@PathVariable Long id, @Valid @RequestBody JoinRequest request) {
    return participation.addUnit(id, request.unitCode());
  }

  /** What the office sends to withdraw a unit from a running campaign. */
  public record WithdrawalRequest(
      @NotBlank(message = "请填写退出理由") @Size(max = 2000, message = "退出理由不能超过 2000 字") String reason) {}

  /** Issue 14 part 4: withdraws a unit; its open tasks end, its records stay. */
  @OfficeOnly
  @PostMapping("/campaigns/{id}/units/{code}/withdrawal")
  public Withdrawal withdrawUnit(@PathVariable Long id, @PathVariable String code,
      @Valid @RequestBody WithdrawalRequest request) {
    return participation.withdrawUnit(id, code, request.reason());
  }

  private CampaignView view(Campaign c) {
    return CampaignView.of(c, checklist.itemsOf(c.getId()));
  }
}
