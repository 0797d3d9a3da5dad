package cn.qijin.checklist;

import cn.qijin.campaign.CampaignView;
import cn.qijin.security.OfficeOnly;
import jakarta.validation.Valid;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** ORG-2, SCH-0: the office completes a campaign's checklist before starting it. */
@RestController
@RequestMapping("/api")
public class CampaignChecklistController {

  private final CampaignChecklistService checklist;

  public CampaignChecklistController(CampaignChecklistService checklist) {
    this.checklist = checklist;
  }

  @OfficeOnly
  @PostMapping("/campaigns/{id}/checklist-items")
  @ResponseStatus(HttpStatus.CREATED)
  public CampaignView.ItemView addItem(@PathVariable Long id, @Valid @RequestBody ChecklistItemRequest request) {
    return CampaignChecklistService.view(checklist.add(id, request));
  }
}
