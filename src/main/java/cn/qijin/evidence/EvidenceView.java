package cn.qijin.evidence;

import cn.qijin.evidence.internal.EvidenceFile;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

/** An evidence record as the API shows it, with its files' names, types, sizes and checksums. */
public record EvidenceView(Long id, Long campaignId, String unitCode, String unitName, String venue, String venueName,
    Long checklistItemId, String itemCode, Long obligationId, Long obligationSessionId, String themes, LocalDate heldOn,
    String place, Long participantCount, String summary, String submittedBy, Instant submittedAt, String reviewState,
    String reviewStateName, String reviewedBy, Instant reviewedAt, String reviewComment, String processInstanceId,
    List<FileView> files) {

  public record FileView(Long id, String fileName, String contentType, long size, String sha256, String url,
      boolean inline, String addedBy, Instant addedAt) {

    static FileView of(EvidenceFile f) {
      return new FileView(f.getId(), f.getFileName(), f.getContentType(), f.getSize(), f.getSha256(),
          "/api/evidence/files/" + f.getId(), FileTypes.showsInline(f.getContentType()), f.getAddedBy(), f.getAddedAt());
    }
  }
}
