package cn.qijin.supervision;

import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGED;
import static cn.qijin.kernel.process.ProcessVariables.ACKNOWLEDGEMENT_COMMENT;

import cn.qijin.supervision.internal.NoticeAcknowledgement;
import cn.qijin.supervision.internal.NoticeAcknowledgementRepository;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.InvalidInputException;
import cn.qijin.common.TaskInput;
import cn.qijin.unit.Unit;
import cn.qijin.kernel.UnitGroups;
import cn.qijin.unit.Units;
import java.util.Optional;
import org.camunda.bpm.engine.task.IdentityLink;
import org.camunda.bpm.engine.delegate.DelegateTask;
import org.camunda.bpm.engine.delegate.TaskListener;
import org.springframework.stereotype.Component;

/** A unit signs (签收) the circulated 通报, with what it will do about it; late when after the due date. */
@Component("acknowledgeNoticeListener")
public class AcknowledgeNoticeListener implements TaskListener {

  private final NoticeAcknowledgementRepository acknowledgements;
  private final Units units;
  private final AuditTrail audit;
  private final SupervisionRounds rounds;

  public AcknowledgeNoticeListener(NoticeAcknowledgementRepository acknowledgements, Units units,
      AuditTrail audit, SupervisionRounds rounds) {
    this.acknowledgements = acknowledgements;
    this.rounds = rounds;
    this.units = units;
    this.audit = audit;
  }

  @Override
  public void notify(DelegateTask task) {
    TaskInput in = TaskInput.of(task);
    if (!in.requiredChoice(ACKNOWLEDGED, "是否已阅知通报")) {
      throw new InvalidInputException("请确认已阅知通报内容后再签收");
    }
    String comment = in.optionalText(ACKNOWLEDGEMENT_COMMENT, "落实意见", 2000);
    Long unitId = signingUnit(task).getId();
    NoticeAcknowledgement ack = acknowledgements.findByRoundIdAndUnitId(rounds.ofProcess(task.getProcessInstanceId()).getId(),
        unitId).orElseThrow();
    ack.acknowledge(TaskInput.actor(task), CampaignClock.now(), comment);
    audit.record(AuditEntry.of(AuditAction.NOTICE_ACKNOWLEDGED, AuditSubject.SUPERVISION_ROUND, ack.getRoundId())
        .task(task).unit(unitId).detail((ack.isLate() ? "逾期签收" : "按期签收") + (comment == null ? "" : "：" + comment)));
  }

  /**
   * The unit whose task this is: its candidate group, which the engine keeps and no user may change,
   * not the branch's unitCode variable (issue 10).
   */
  private Unit signingUnit(DelegateTask task) {
    return task.getCandidates().stream()
        .map(IdentityLink::getGroupId)
        .map(UnitGroups::unitCodeOf).flatMap(Optional::stream)
        .map(units::findByCode).flatMap(Optional::stream)
        .findFirst().orElseThrow(() -> new IllegalStateException("Task " + task.getId() + " has no unit group"));
  }
}
