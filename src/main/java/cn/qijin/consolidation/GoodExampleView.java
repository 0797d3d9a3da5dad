package cn.qijin.consolidation;

import cn.qijin.evidence.EvidenceView;
import java.time.Instant;
import java.util.List;

/**
 * A good example in the library. {@code evidence} (browsed or read one by one; not in the export) holds the
 * accepted evidence records with their files; each file's {@code url} is the existing download endpoint.
 */
public record GoodExampleView(Long id, Long campaignId, String title, String description, String origin,
    String originName, String unitCode, String unitName, String venue, String venueName, String themes,
    String themeNames, List<Long> evidenceIds, List<String> evidenceUrls, Long standingRuleId, String createdBy,
    Instant createdAt, List<EvidenceView> evidence) {}
