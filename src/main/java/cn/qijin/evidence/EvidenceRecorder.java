package cn.qijin.evidence;

import cn.qijin.evidence.internal.EvidenceEntity;
import cn.qijin.evidence.internal.EvidenceFile;
import cn.qijin.evidence.internal.EvidenceRepository;
import cn.qijin.evidence.internal.EvidenceUpload;
import cn.qijin.evidence.internal.EvidenceUploadRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.kernel.Venue;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * Turns a completing task's uploads into evidence, inside the task's transaction: if the task cannot
 * complete, no evidence record remains; the uploads stay and the user can submit again.
 */
@Service
public class EvidenceRecorder {

  /** The task variable the forms fill with the ids of their uploads, comma-separated. */

  public record Facts(Long campaignId, Long unitId, Venue venue, String processInstanceId, LocalDate heldOn,
      String place, Long participants, String themes, String summary, String userId) {}

  private final EvidenceRepository evidence;
  private final EvidenceUploadRepository uploads;
  private final EvidenceStore store;

  public EvidenceRecorder(EvidenceRepository evidence, EvidenceUploadRepository uploads, EvidenceStore store) {
    this.evidence = evidence;
    this.uploads = uploads;
    this.store = store;
  }

  /** PH-2: one record per unit and checklist item, gathering the files of every (re)submission. */
  public Evidence forChecklistItem(Long itemId, Facts facts, String uploadIds) {
    EvidenceEntity record = evidence
        .findByCampaignIdAndUnitIdAndChecklistItemId(facts.campaignId(), facts.unitId(), itemId)
        .orElseGet(() -> newRecord(facts).forChecklistItem(itemId));
    return Evidence.of(fill(record, facts, uploadIds));
  }

  /** REC-1: one record per reported session. */
  public Evidence forSession(Long obligationId, Long sessionId, Facts facts, String uploadIds) {
    return Evidence.of(fill(newRecord(facts).forObligation(obligationId, sessionId), facts, uploadIds));
  }

  /**
   * PH-3: the files a problem's owner attaches to its rectification (optional): one record per
   * problem, gathering the files of every (re)submission; none when nothing was ever attached.
   */
  public Optional<Evidence> forRectification(Long consolidationRecordId, Facts facts, String uploadIds) {
    Optional<EvidenceEntity> existing = evidence.findByConsolidationRecordId(consolidationRecordId);
    if (existing.isEmpty() && ids(uploadIds).isEmpty()) {
      return Optional.empty();
    }
    EvidenceEntity record = existing.orElseGet(() -> newRecord(facts).forConsolidationRecord(consolidationRecordId));
    return Optional.of(Evidence.of(fill(record, facts, uploadIds)));
  }

  /**
   * ORG-1: the files a unit attaches when it reports a problem (optional): one record for the report, none
   * when nothing was attached. The report keeps the record's id.
   */
  public Optional<Evidence> forProblemReport(Facts facts, String uploadIds) {
    if (ids(uploadIds).isEmpty()) {
      return Optional.empty();
    }
    return Optional.of(Evidence.of(fill(newRecord(facts), facts, uploadIds)));
  }

  /** The office's review of a unit's checklist item reaches the item's evidence record. */
  public void reviewChecklistItem(Long campaignId, Long unitId, Long itemId, boolean accepted, String comment, String userId) {
    evidence.findByCampaignIdAndUnitIdAndChecklistItemId(campaignId, unitId, itemId).orElseThrow()
        .review(accepted, comment, userId, CampaignClock.now());
  }

  /** The office's verification of a problem's rectification reaches its evidence, if the owner attached any. */
  public void reviewRectification(Long consolidationRecordId, boolean accepted, String comment, String userId) {
    evidence.findByConsolidationRecordId(consolidationRecordId)
        .ifPresent(record -> record.review(accepted, comment, userId, CampaignClock.now()));
  }

  /** The office's review of a quarterly session reaches the session's evidence record. */
  public void reviewSession(Long sessionId, boolean accepted, String comment, String userId) {
    evidence.findByObligationSessionId(sessionId).orElseThrow().review(accepted, comment, userId, CampaignClock.now());
  }

  private static EvidenceEntity newRecord(Facts facts) {
    return new EvidenceEntity(facts.campaignId(), facts.unitId(), facts.venue(), facts.processInstanceId());
  }

  private EvidenceEntity fill(EvidenceEntity record, Facts facts, String uploadIds) {
    record.describe(facts.heldOn(), facts.place(), facts.participants(), facts.themes(), facts.summary(),
        facts.userId(), CampaignClock.now());
    for (String id : ids(uploadIds)) {
      // locked: the collector cannot delete an upload being claimed (it deletes only unclaimed ones)
      EvidenceUpload upload = uploads.findForClaim(id)
          .filter(u -> u.getUploadedBy().equals(facts.userId()))
          .filter(u -> u.getUsedAt() == null || record.hasFile(u.getSha256()))
          .orElseThrow(EvidenceRecorder::expired);
      if (!record.hasFile(upload.getSha256())) {
        // its file may be missing after a restore from a backup that did not hold it: never record a lost file
        if (!store.exists(upload.getSha256())) {
          throw expired();
        }
        record.add(new EvidenceFile(upload.getFileName(), upload.getContentType(), upload.getSize(),
            upload.getSha256(), facts.userId(), CampaignClock.now()));
      }
      upload.markUsed(CampaignClock.now());
    }
    if (record.getFiles().isEmpty()) {
      throw new InvalidInputException("请至少上传一份佐证材料（会议纪要、签到表、照片等）");
    }
    return evidence.save(record);
  }

  private static InvalidInputException expired() {
    return new InvalidInputException("上传的文件已失效，请重新上传后再提交");
  }

  private static List<String> ids(String csv) {
    if (csv == null || csv.isBlank()) {
      return List.of();
    }
    return Arrays.stream(csv.split(",")).map(String::trim).filter(s -> !s.isEmpty()).distinct().toList();
  }
}
