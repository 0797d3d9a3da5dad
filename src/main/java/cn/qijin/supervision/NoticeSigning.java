package cn.qijin.supervision;

import cn.qijin.supervision.internal.NoticeAcknowledgement;
import cn.qijin.audit.AuditAction;
import cn.qijin.audit.AuditEntry;
import cn.qijin.audit.AuditSubject;
import cn.qijin.audit.AuditTrail;
import cn.qijin.audit.ProcessStep;
import cn.qijin.kernel.CampaignClock;
import cn.qijin.kernel.UnitGroups;
import cn.qijin.supervision.internal.NoticeAcknowledgementRepository;
import cn.qijin.unit.Unit;
import cn.qijin.unit.Units;
import java.util.Collection;
import java.util.Optional;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** A unit signs (签收) the circulated 通报 of a supervision round, with what it will do about it; late when after the due date. */
@Service
@Transactional
public class NoticeSigning {

  private final NoticeAcknowledgementRepository acknowledgements;
  private final SupervisionRounds rounds;
  private final Units units;
  private final AuditTrail audit;

  public NoticeSigning(NoticeAcknowledgementRepository acknowledgements, SupervisionRounds rounds, Units units,
      AuditTrail audit) {
    this.acknowledgements = acknowledgements;
    this.rounds = rounds;
    this.units = units;
    this.audit = audit;
  }

  /**
   * The signing unit is the one of the task's candidate groups ({@code candidateGroups}), which the engine keeps and
   * no user may change, never a process variable (issue 10). Returns whether it signed after the due date.
   */
  public boolean sign(String processInstanceId, Collection<String> candidateGroups, String comment, ProcessStep step) {
    Unit unit = candidateGroups.stream()
        .map(UnitGroups::unitCodeOf).flatMap(Optional::stream)
        .map(units::findByCode).flatMap(Optional::stream)
        .findFirst().orElseThrow(() -> new IllegalStateException("Task " + step.taskId() + " has no unit group"));
    NoticeAcknowledgement ack = acknowledgements.findByRoundIdAndUnitId(rounds.ofProcess(processInstanceId).getId(),
        unit.getId()).orElseThrow();
    ack.acknowledge(step.actorOrSystem(), CampaignClock.now(), comment);
    audit.record(AuditEntry.of(AuditAction.NOTICE_ACKNOWLEDGED, AuditSubject.SUPERVISION_ROUND, ack.getRoundId())
        .step(step).unit(unit.getId())
        .detail((ack.isLate() ? "逾期签收" : "按期签收") + (comment == null ? "" : "：" + comment)));
    return ack.isLate();
  }
}
