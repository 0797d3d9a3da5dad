package cn.qijin.consolidation;

import static cn.qijin.kernel.process.ProcessVariables.CLOSING_NOTE;
import static cn.qijin.kernel.process.ProcessVariables.EVIDENCE_UPLOADS;
import static cn.qijin.kernel.process.ProcessVariables.RECTIFICATION_EVIDENCE_ID;
import static cn.qijin.kernel.process.ProcessVariables.RECTIFIED_BY;

import cn.qijin.consolidation.internal.ConsolidationRecord;
import cn.qijin.consolidation.internal.ConsolidationRecordRepository;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.evidence.Evidence;
import cn.qijin.evidence.EvidenceRecorder;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/**
 * PH-3: the owner reports how the problem was rectified (整改情况) and may attach files, which become
 * the problem's evidence record in this task's transaction (only a unit owner has evidence: the
 * evidence store is the units' record).
 */
@Component("rectificationSubmissionListener")
public class RectificationSubmissionListener implements TaskListener {

  private final ConsolidationRecordRepository records;
  private final Units units;
  private final EvidenceRecorder evidence;

  public RectificationSubmissionListener(ConsolidationRecordRepository records, Units units,
      EvidenceRecorder evidence) {
    this.records = records;
    this.units = units;
    this.evidence = evidence;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    String note = in.requiredText(CLOSING_NOTE, "整改情况", 4000);
    String uploads = in.optionalText(EVIDENCE_UPLOADS, "佐证材料", 4000);
    ConsolidationRecord problem = records.problemOfProcess(task.getProcessInstanceId());
    String actor = TaskInput.actor(task);
    if (problem.getUnitId() == null) {
      if (uploads != null) {
        throw new InvalidInputException("由活动办公室负责整改的问题不能上传佐证材料，请在整改情况中说明");
      }
    } else {
      Unit unit = units.find(problem.getUnitId()).orElseThrow();
      evidence.forRectification(problem.getId(), new EvidenceRecorder.Facts(problem.getCampaignId(), unit.getId(),
              unit.getVenue(), task.getProcessInstanceId(), CampaignClock.today(), null, null, null, note, actor), uploads)
          .map(Evidence::getId)
          .ifPresent(id -> RECTIFICATION_EVIDENCE_ID.set(task, id));
    }
    RECTIFIED_BY.set(task, actor);
    EVIDENCE_UPLOADS.set(task, null);
  }
}
