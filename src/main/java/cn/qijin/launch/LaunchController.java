package cn.qijin.launch;

import cn.qijin.campaign.CampaignRequest;
import cn.qijin.security.OfficeOnly;
import cn.qijin.security.OfficeOrLeadership;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/**
 * Issue 14 part 3: what the 发起活动 form reads — a new proposal from a template, the preview of a proposal, a stored
 * proposal — and the approval request for a campaign defined through the API. Proposing itself is the start of the
 * launch process (Tasklist → 启动流程 → 发起活动), approving is the leadership group's task in it.
 */
@RestController
@RequestMapping("/api")
public class LaunchController {

  private final CampaignProposals proposals;
  private final CampaignLaunch launch;

  public LaunchController(CampaignProposals proposals, CampaignLaunch launch) {
    this.proposals = proposals;
    this.launch = launch;
  }

  @OfficeOnly
  @GetMapping("/campaign-proposals/new")
  public ProposalView fresh(@RequestParam(required = false) String template,
      @RequestParam(required = false) Integer version) {
    return proposals.fresh(template, version);
  }

  /**
   * Every fault of the proposal at once (an empty list when it can be submitted), and its timeline. A malformed
   * request (a field too long, of the wrong type) is refused with 400 as everywhere.
   */
  @OfficeOnly
  @PostMapping("/campaign-proposals/preview")
  public Preview preview(@Valid @RequestBody CampaignRequest proposal) {
    return proposals.preview(proposal);
  }

  @OfficeOrLeadership
  @GetMapping("/campaigns/{id}/proposal")
  public ProposalView proposal(@PathVariable Long id) {
    return proposals.of(id);
  }

  /** ORG-1: a campaign defined through {@code POST /api/campaigns} goes to the leadership group for approval. */
  @OfficeOnly
  @PostMapping("/campaigns/{id}/approval-request")
  @ResponseStatus(HttpStatus.ACCEPTED)
  public ProposalView requestApproval(@PathVariable Long id) {
    launch.requestApproval(id);
    return proposals.of(id);
  }
}
