package cn.qijin.consolidation;

import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.campaign.Campaigns;
import cn.qijin.kernel.NotFoundException;
import cn.qijin.security.OfficeOrLeadership;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** PH-3 records of a campaign, for the office and the leadership group. */
@RestController
public class ConsolidationController {

  private final ConsolidationRecordRepository records;
  private final Campaigns campaigns;

  public ConsolidationController(ConsolidationRecordRepository records, Campaigns campaigns) {
    this.records = records;
    this.campaigns = campaigns;
  }

  public record RecordView(Long id, String kind, String kindName, String origin, String title, String detail,
      Long unitId, String owner, LocalDate dueDate, LocalDate effectiveDate, boolean closed, String ownerGroup,
      String venue, String themes, Set<Long> evidenceIds, Long sourceExampleId, String closingNote, Instant closedAt,
      String closedBy, String processInstanceId) {}

  @OfficeOrLeadership
  @GetMapping("/api/campaigns/{id}/consolidation")
  public List<RecordView> list(@PathVariable Long id) {
    if (!campaigns.exists(id)) {
      throw new NotFoundException("未找到编号为 " + id + " 的活动");
    }
    return records.findByCampaignIdOrderByKindAscIdAsc(id).stream()
        .map(r -> new RecordView(r.getId(), r.getKind().name(), r.getKind().chineseName(), r.getOrigin().name(),
            r.getTitle(), r.getDetail(), r.getUnitId(), r.getOwner(), r.getDueDate(), r.getEffectiveDate(), r.isClosed(),
            r.getOwnerGroup(), r.getVenue() == null ? null : r.getVenue().name(), r.getThemes(), r.getEvidenceIds(),
            r.getSourceExampleId(), r.getClosingNote(), r.getClosedAt(), r.getClosedBy(), r.getProcessInstanceId()))
        .toList();
  }
}
