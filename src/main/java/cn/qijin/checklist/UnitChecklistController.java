package cn.qijin.checklist;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** A unit's checklist in a campaign, recurring items with their obligations' states (issue 11, ENT-5, FAM-1). */
@RestController
public class UnitChecklistController {

  private final UnitChecklistService checklists;

  public UnitChecklistController(UnitChecklistService checklists) {
    this.checklists = checklists;
  }

  @GetMapping("/api/campaigns/{campaignId}/units/{unitCode}/checklist")
  public UnitChecklistView checklist(@PathVariable Long campaignId, @PathVariable String unitCode) {
    return checklists.of(campaignId, unitCode);
  }
}
