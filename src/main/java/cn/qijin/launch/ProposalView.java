package cn.qijin.launch;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;

/**
 * A campaign proposal as the 发起活动 form edits it and the leadership group reads it (issue 14 part 3): the fields of
 * a {@link cn.qijin.campaign.CampaignRequest}, the venues and units to choose from, and where it stands.
 */
public record ProposalView(
    Long campaignId,
    String status,
    String statusName,
    String templateCode,
    int templateVersion,
    String templateName,
    String name,
    String issuer,
    LocalDate ph1Start, LocalDate ph1End,
    LocalDate ph2Start, LocalDate ph2End,
    LocalDate ph3Start, LocalDate ph3End,
    List<String> unitCodes,
    Map<String, List<Item>> checklist,
    List<VenueOption> venues,
    List<UnitOption> units,
    String opinion,
    String decidedBy,
    Instant decidedAt,
    Preview preview) {

  /**
   * One checklist item; {@code carriedBy} names the recurring obligation that carries it (ENT-5 每季度), which keeps
   * it in its venue.
   */
  public record Item(String code, String title, String description, List<String> themes, boolean allUnits,
      String carriedBy) {}

  public record VenueOption(String venue, String venueName) {}

  /** A unit the office may choose: active, or already chosen. */
  public record UnitOption(String code, String name, String venue, String venueName, List<String> venues,
      boolean active) {}
}
